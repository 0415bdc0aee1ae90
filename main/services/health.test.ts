import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/cloud-sim';
import type { HealthChange, TimelineEntry } from '../../src/health';
import { provisionWeb, sandboxWebDesign } from '../../src/health/sandbox.test-util';
import { createHealthService } from './health';
import { testContext, type TestContext } from './test-context.test-util';

let sb: Sandbox;
let ctx: TestContext;
const service = createHealthService();
const h = service.handlers;
const design = sandboxWebDesign('svc-health');

beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.02 });
  await provisionWeb(sb, design);
  ctx = await testContext();
});
afterAll(async () => {
  await service.stop();
  await sb?.close();
  await ctx?.cleanup();
});

const batches = () => ctx.events.filter((e) => e.channel === 'health:batch').map((e) => e.payload as { changes: HealthChange[]; entries: TimelineEntry[] });
const changes = () => batches().flatMap((b) => b.changes);
const entries = () => batches().flatMap((b) => b.entries);
async function eventually(pred: () => boolean, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('health service', () => {
  it('starts a watch on the Sandbox and answers with the first snapshot; status says game days are possible', async () => {
    const snap = await h['health:start']({ design, target: { kind: 'sandbox', endpoint: sb.endpoint }, intervalMs: 200 }, ctx);
    expect(snap.designId).toBe('svc-health');
    expect(snap.nodes.find((n) => n.nodeId === 'web-a1')).toBeDefined();
    // The first snapshot may still show boot-time status checks; the instance settles to ok.
    let state = snap.nodes.find((n) => n.nodeId === 'web-a1')?.state;
    for (const end = Date.now() + 10_000; state !== 'ok' && Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      state = (await h['health:snapshot']({}, ctx))?.nodes.find((n) => n.nodeId === 'web-a1')?.state;
    }
    expect(state).toBe('ok');
    expect(await h['health:status']({}, ctx)).toMatchObject({ running: true, sandbox: true, designId: 'svc-health' });
  });

  it('a game-day AZ failure reaches the Sandbox, is predicted by the validator, observed as events, and lands in the exported timeline', async () => {
    const r = await h['health:fault']({ action: { kind: 'fail-az', zone: 'us-east-1a' } }, ctx);
    expect(r.fault).toMatchObject({ kind: 'az-down', label: 'AZ us-east-1a down' });
    expect(r.prediction?.failed).toEqual(expect.arrayContaining(['web-a1']));
    await eventually(() => changes().some((c) => c.nodeId === 'web-a1' && c.state === 'down'));
    // One message per poll: the poll that saw web-a1 go down carries its timeline entry and edge flows too.
    const downBatch = batches().find((b) => b.changes.some((c) => c.nodeId === 'web-a1' && c.state === 'down'))! as { entries: TimelineEntry[]; edges?: unknown[] };
    expect(downBatch.entries.some((e) => e.nodeId === 'web-a1')).toBe(true);
    expect(downBatch.edges?.length).toBeGreaterThan(0);
    expect((await h['health:faults']({}, ctx)).map((f) => f.label)).toEqual(['AZ us-east-1a down']);
    expect(await h['health:clear-faults']({}, ctx)).toEqual({ removed: 1 });
    await eventually(() => changes().some((c) => c.nodeId === 'web-a1' && c.state === 'ok' && c.previous === 'down'));
    const kinds = entries().map((e) => e.kind);
    // Entries before the game day (a boot-time status blip under load) don't count: after the fault, the impairment, then the clearing.
    const injected = kinds.indexOf('fault-injected');
    const impaired = kinds.indexOf('instance-impaired', injected);
    expect(injected).toBeGreaterThanOrEqual(0);
    expect(impaired).toBeGreaterThan(injected);
    expect(impaired).toBeLessThan(kinds.indexOf('fault-cleared', injected));
    const md = await h['health:export']({ format: 'markdown' }, ctx);
    expect(md.suggestedName).toMatch(/^svc-health-timeline-.*\.md$/);
    expect(md.text).toContain('Game day: AZ us-east-1a down');
    expect(md.text).toMatch(/web-a1: down — system status check failed in us-east-1a/);
    expect(JSON.parse((await h['health:export']({ format: 'json' }, ctx)).text).entries.length).toBeGreaterThan(2);
  });

  it('refuses game-day actions on undeployed nodes with the reason, and a design that is not valid', async () => {
    await expect(h['health:fault']({ action: { kind: 'crash-db', nodeId: 'web-a1' } }, ctx)).rejects.toThrow(/web-a1 is a instance; this action needs a database/);
    await expect(h['health:start']({ design: { nodes: 3 }, target: { kind: 'sandbox', endpoint: sb.endpoint } }, ctx)).rejects.toThrow(/the design is not valid at \$/);
  });

  it('stops', async () => {
    expect(await h['health:stop']({}, ctx)).toEqual({ ok: true });
    expect(await h['health:snapshot']({}, ctx)).toBeNull();
  });
});
