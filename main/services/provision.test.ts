import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/cloud-sim';
import type { RunDone } from '../../src/ipc/channels/provision';
import type { StepEvent } from '../../src/provision/types';
import { design } from '../../src/testing/builders';
import { createProvisionService } from './provision';
import { testContext, type TestContext } from './test-context.test-util';

let sb: Sandbox;
let ctx: TestContext;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  ctx = await testContext();
});
afterAll(async () => {
  await ctx.cleanup();
  await sb.close();
});

const net = design('svc-net').region('r', 'us-east-1', (r) => r.vpc('vpc', '10.9.0.0/16', (v) => v
  .az('a', 'us-east-1a', (a) => a.subnet('s', '10.9.0.0/24', {}, (s) => s.instance('web', { instanceType: 't3.micro' })))
  .igw('igw'))).build();

async function doneOf(runId: string): Promise<RunDone> {
  for (let i = 0; i < 400; i++) {
    const e = ctx.events.find((x) => x.channel === 'provision:done' && (x.payload as RunDone).runId === runId);
    if (e) return e.payload as RunDone;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no provision:done');
}

describe('provision service', () => {
  it('shows the identity, plans, applies with streamed steps, and destroys', async () => {
    const { handlers } = createProvisionService();
    const target = { kind: 'sandbox' as const, endpoint: sb.endpoint };
    const id = await handlers['provision:identity']({ target }, ctx);
    expect(id).toMatchObject({ account: sb.accountId, target: `Sandbox at ${sb.endpoint}` });
    const plan = await handlers['provision:plan']({ design: net, target, mode: 'apply' }, ctx);
    expect(plan.summary).toMatchObject({ add: 4 });
    expect(plan.text).toContain('Plan: 4 to add, 0 to change, 0 to replace, 0 to destroy.');
    expect(plan.steps.find((s) => s.nodeId === 'web')).toMatchObject({ action: 'create', kind: 'instance' });

    const started = await handlers['provision:apply']({ design: net, target, parallelism: 4, rollback: false }, ctx);
    const done = await doneOf(started.runId);
    expect(done).toMatchObject({ mode: 'apply', status: 'ok', counts: { done: 4, failed: 0 } });
    const steps = ctx.events.filter((e) => e.channel === 'provision:step').map((e) => (e.payload as { event: StepEvent }).event);
    expect(steps.filter((s) => s.state === 'done').map((s) => s.nodeId).sort()).toEqual(['igw', 's', 'vpc', 'web']);
    expect(JSON.stringify(ctx.events)).not.toContain(sb.credentials.secretAccessKey);
    // The end carries every operation's final event, and a status request answers the same afterwards:
    // a UI that missed step events still ends with every node's true state.
    expect(done.steps.map((s) => `${s.nodeId}:${s.state}`).sort()).toEqual(['igw:done', 's:done', 'vpc:done', 'web:done']);
    expect(handlers['provision:status']({ runId: started.runId })).toEqual({ runId: started.runId, steps: done.steps, done });
    expect(() => handlers['provision:status']({ runId: 'no-such-run' })).toThrow(/no provision run "no-such-run"/);

    const again = await handlers['provision:plan']({ design: net, target, mode: 'apply' }, ctx);
    expect(again.steps.every((s) => s.action === 'noop')).toBe(true);
    const gone = await handlers['provision:destroy']({ design: net, target, parallelism: 10 }, ctx);
    expect(await doneOf(gone.runId)).toMatchObject({ mode: 'destroy', status: 'ok', counts: { done: 4 } });
    expect(handlers['provision:cancel']({ runId: gone.runId })).toEqual({ canceled: false });
  });

  it('rejects an invalid design with its path', async () => {
    const { handlers } = createProvisionService();
    await expect(handlers['provision:plan']({ design: { nodes: 3 }, target: { kind: 'sandbox', endpoint: sb.endpoint }, mode: 'apply' }, ctx)).rejects.toThrow(/the design is not valid at \$/);
  });
});
