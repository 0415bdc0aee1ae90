// The built Electron bundles (npm test builds them first): the preload may load nothing but electron,
// carries exactly the declared channels, and main needs no node_modules at runtime (the package ships none).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS, REQUESTS } from '../src/ipc/api';
import { APP_ROOT } from '../main/web/server';

const read = (f: string) => readFileSync(path.join(APP_ROOT, 'out', 'main', f), 'utf8');
/** What each bundle loads at runtime, as esbuild recorded it (scripts/build-main.mjs). */
const externals = (f: string): string[] => (JSON.parse(read('externals.json')) as Record<string, string[]>)[f]!;

describe('Electron bundles', () => {
  it('preload requires only electron and allows exactly the declared channels', () => {
    const code = read('preload.cjs');
    expect(externals('preload.cjs')).toEqual(['electron']);
    const lists = [...code.matchAll(/define_HA_(REQUEST|EVENT)_CHANNELS_default = (\[[^\]]*\])/g)].map((m) => [m[1], JSON.parse(m[2]!)]);
    expect(Object.fromEntries(lists)).toEqual({ REQUEST: Object.keys(REQUESTS), EVENT: Object.keys(EVENTS) });
    expect(code).toContain('exposeInMainWorld("haApi"');
  });

  it('main requires only electron and Node built-ins', () => {
    const builtins = new Set(builtinModules);
    const external = externals('main.cjs').filter((m) => m !== 'electron' && !m.startsWith('node:') && !builtins.has(m));
    expect(external).toEqual([]);
  });
});
