import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../cloud-sim';
import { HealthMonitor } from './monitor';
import { fault, provisionApp, sandboxAppDesign } from './sandbox.test-util';
import type { TimelineEntry } from './types';

let sb: Sandbox;
let m: HealthMonitor;
const timeline: TimelineEntry[] = [];
const design = sandboxAppDesign('mon-rec');
const health = (id: string) => m.snapshot().nodes.find((n) => n.nodeId === id);

async function eventually(pred: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`${what} not within ${ms} ms: ${JSON.stringify(m.snapshot().nodes.map((n) => [n.nodeId, n.state, n.reason]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.02 });
  await provisionApp(sb, design);
  m = new HealthMonitor({ design, target: { kind: 'sandbox', endpoint: sb.endpoint, credentials: sb.credentials }, intervalMs: 250 });
  m.on('timeline', (es) => timeline.push(...es));
  await m.start();
  // Steady state first: under load the database may still be backing up when the group is already ok.
  await eventually(() => health('app')?.state === 'ok' && health('db')?.state === 'ok' && /^primary available in /.test(health('db')?.reason ?? ''), 20_000, 'group and database ok');
});
afterAll(async () => {
  await m?.stop();
  await sb?.close();
});

describe('recovery on the Sandbox', () => {
  it('an AZ failure: the group loses an instance and is replaced in the other AZ, the Multi-AZ database fails over, both observed', async () => {
    const [, primary, standby] = /^primary available in (us-east-1[ab]), standby in (us-east-1[ab])$/.exec(health('db')!.reason) ?? [];
    expect(primary).toBeDefined();
    await fault(sb, 'POST', '/_sandbox/faults', { kind: 'az-down', az: primary });
    await eventually(() => health('db')?.reason.startsWith(`primary failed over to ${standby} (from ${primary})`) === true, 10_000, 'database failover');
    await eventually(() => health('app')?.state === 'ok' && health('app')!.reason.startsWith(`2 of 2 instances in service in ${standby}`), 15_000, 'group replacement');
    const kinds = timeline.map((e) => `${e.nodeId}:${e.kind}`);
    expect(kinds).toContain('db:db-failover');
    expect(kinds).toContain('app:asg-launch');
    expect(timeline.find((e) => e.kind === 'asg-launch')?.title).toMatch(/^app: /);
  });
});
