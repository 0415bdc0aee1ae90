// IaC-area handlers: saving an export into a folder (each file atomically) and import from a live cloud
// through src/discover (the Sandbox by endpoint or the standalone default port, AWS by profile, an endpoint).
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SANDBOX_PORT, sandboxControl } from '../../src/cloud-sim/control-client';
import { discoverDesign } from '../../src/discover';
import type { Target } from '../../src/provision/types';
import type { AreaHandlers, HandlerParams } from './types';
import { writeFileAtomic } from './files/atomic';

async function resolveTarget(t: HandlerParams<'iac:discover'>['target'], region: string): Promise<Target> {
  if (t.kind === 'aws') return { kind: 'aws', region, ...(t.profile ? { profile: t.profile } : {}) };
  if (t.kind === 'endpoint') return { kind: 'endpoint', endpoint: t.endpoint, region, ...(t.profile ? { profile: t.profile } : {}) };
  const endpoint = t.endpoint ?? process.env.HA_SANDBOX_ENDPOINT ?? `http://127.0.0.1:${DEFAULT_SANDBOX_PORT}`;
  const info = await sandboxControl(endpoint).info();
  return { kind: 'sandbox', endpoint, credentials: info.credentials };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Handlers of the IaC area. */
export const iacHandlers = {
  'iac:save-export': async ({ path: dir, files }) => {
    try {
      const target = path.resolve(dir);
      await fs.mkdir(target, { recursive: true });
      const written: string[] = [];
      for (const [name, text] of Object.entries(files)) {
        await writeFileAtomic(path.join(target, path.basename(name)), text);
        written.push(name);
      }
      return { ok: true, path: target, written };
    } catch (err) {
      return { ok: false, error: `not saved: ${message(err)}` };
    }
  },
  'iac:discover': async ({ target, regions, tag }) => {
    try {
      const resolved = await resolveTarget(target, regions[0]!);
      const { design, report } = await discoverDesign({ target: resolved, regions, tag });
      return { ok: true, design, report };
    } catch (err) {
      return { ok: false, error: `import from cloud failed: ${message(err)}` };
    }
  },
} satisfies AreaHandlers;
