import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../cloud-sim';
import { serializeDesign } from '../../model';
import { fault, provisionWeb, sandboxWebDesign } from '../../health/sandbox.test-util';
import { runCli } from '../main';

let sb: Sandbox;
let dir: string;
let file: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.02 });
  const design = sandboxWebDesign('cli-watch');
  await provisionWeb(sb, design);
  dir = mkdtempSync(join(tmpdir(), 'ha-watch-'));
  file = join(dir, 'web.ha.json');
  writeFileSync(file, serializeDesign(design));
});
afterAll(async () => {
  await sb?.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(stopWhen: (lines: string[]) => boolean) {
  const ac = new AbortController();
  const out: string[] = [];
  const err: string[] = [];
  let buf = '';
  return {
    out, err, ac,
    io: {
      stdout: (t: string) => {
        buf += t;
        const parts = buf.split('\n');
        buf = parts.pop()!;
        out.push(...parts);
        if (stopWhen(out)) ac.abort();
      },
      stderr: (t: string) => void err.push(t),
      signal: ac.signal,
    },
  };
}

describe('ha-architect watch', () => {
  it('--json streams one object per change with node, state, reason and time, and stops on Ctrl-C with 0', async () => {
    let faulted = false;
    const t = io((lines) => lines.some((l) => l.includes('"node":"web-a1"') && l.includes('"state":"down"')));
    const done = runCli(['watch', file, '--endpoint', sb.endpoint, '--json'], t.io);
    const timer = setInterval(() => {
      if (!faulted && t.out.some((l) => l.includes('"node":"tg"') && l.includes('"state":"ok"'))) {
        faulted = true;
        void fault(sb, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1a' });
      }
    }, 50);
    const code = await done;
    clearInterval(timer);
    expect(code).toBe(0);
    const objs = t.out.map((l) => JSON.parse(l) as Record<string, string>);
    for (const o of objs) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['node', 'state', 'reason', 'time']));
      expect(new Date(o.time!).toISOString()).toBe(o.time);
    }
    expect(objs.find((o) => o.node === 'web-a1' && o.state === 'down')).toMatchObject({ previous: 'ok', reason: 'system status check failed in us-east-1a' });
    await fault(sb, 'DELETE', '/_sandbox/faults');
  });

  it('text mode prints a readable line per change', async () => {
    const t = io((lines) => lines.some((l) => /web-b1 {2}ok {2}running in us-east-1b/.test(l)));
    expect(await runCli(['watch', file, '--endpoint', sb.endpoint], t.io)).toBe(0);
    expect(t.out.find((l) => l.includes('web-b1'))).toMatch(/^\d\d:\d\d:\d\d {2}web-b1 {2}ok {2}running in us-east-1b/);
    expect(t.err.join('')).toContain('Watching "Web cli-watch" (cli-watch)');
  });

  it('refuses bad flags and files with a clear message and exit code 2', async () => {
    const t = io(() => false);
    expect(await runCli(['watch', file, '--target', 'gcp'], t.io)).toBe(2);
    expect(await runCli(['watch', '--json'], t.io)).toBe(2);
    expect(await runCli(['watch', join(dir, 'missing.json')], t.io)).toBe(2);
    expect(await runCli(['watch', file, '--profile', 'p'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/--target: expected "sandbox" or "aws", got "gcp"[\s\S]*missing the design file[\s\S]*cannot read .*missing\.json[\s\S]*--profile needs --target aws/);
  });
});
