// The IaC services: an export saved into a folder; import from a Sandbox over its endpoint.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/cloud-sim';
import { clientFactory } from '../../src/provision/clients';
import { seedStack } from '../../src/discover/seed.test-util';
import { exportTerraform } from '../../src/iac/export/terraform';
import { everyKindDesign } from '../../src/iac/fixtures.test-util';
import { REQUESTS } from '../../src/ipc/api';
import { iacHandlers } from './iac';
import { testContext, type TestContext } from './test-context.test-util';

let ctx: TestContext | undefined;
afterEach(async () => { await ctx?.cleanup(); ctx = undefined; });

describe('iac services', () => {
  it('saves every exported file into the folder (created if missing)', async () => {
    ctx = await testContext();
    const files = exportTerraform(everyKindDesign());
    const params = REQUESTS['iac:save-export'].params.parse({ path: path.join(ctx.dir, 'out', 'tf'), files });
    const r = await iacHandlers['iac:save-export'](params);
    expect(r).toMatchObject({ ok: true, written: Object.keys(files) });
    expect(await fs.readFile(path.join(ctx.dir, 'out', 'tf', 'versions.tf'), 'utf8')).toBe(files['versions.tf']);
    expect(REQUESTS['iac:save-export'].params.safeParse({ path: ctx.dir, files: { '../evil.tf': '' } }).success).toBe(false);
  }, 60_000);

  it('imports from a Sandbox by endpoint', async () => {
    ctx = await testContext();
    const sb = await startSandbox({ port: 0 });
    try {
      const f = clientFactory({ kind: 'sandbox', endpoint: sb.endpoint, credentials: sb.credentials });
      await seedStack(f('eu-west-1').ec2, { name: 'shop', k: 5, region: 'eu-west-1', zones: 2, instancesPerSubnet: 1 });
      f.destroy();
      const params = REQUESTS['iac:discover'].params.parse({ target: { kind: 'sandbox', endpoint: sb.endpoint }, regions: ['eu-west-1'] });
      const r = await iacHandlers['iac:discover'](params);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.design.nodes.filter((n) => n.kind === 'instance')).toHaveLength(2);
    } finally {
      await sb.close();
    }
  }, 60_000);
});
