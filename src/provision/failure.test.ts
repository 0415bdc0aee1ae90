import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeInstancesCommand, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import type { Design } from '../model';
import { design } from '../testing/builders';
import { Journal } from './journal';
import { isEmptyPlan } from './plan';
import { addFault, clearFaults, startTestTarget, type TestTarget } from './sandbox.test-util';
import { applyDesign, destroyDesign, journalPath, planDesign } from './session';

function stack(id: string): Design {
  return design(id)
    .region('r', 'us-east-1', (r) => r.vpc('vpc', '10.2.0.0/16', (v) => v
      .az('a', 'us-east-1a', (a) => a
        .subnet('pub', '10.2.0.0/24', { public: true }, (s) => s.nat('nat'))
        .subnet('app', '10.2.1.0/24', {}, (s) => s.instance('web-1', { instanceType: 't3.micro' }).instance('web-2', { instanceType: 't3.micro' })))
      .igw('igw')
      .routeTable('rt-app', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat' }], subnetIds: ['app'] }))
      .topic('ops', { subscriptions: [] }))
    .build();
}

let t: TestTarget;
beforeAll(async () => { t = await startTestTarget(); });
afterAll(async () => { await t?.close(); });

async function liveInstances(designId: string): Promise<number> {
  const out = await t.factory('us-east-1').ec2.send(new DescribeInstancesCommand({ Filters: [
    { Name: 'tag:ha-architect:design', Values: [designId] }, { Name: 'instance-state-name', Values: ['pending', 'running'] },
  ] }));
  return (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).length;
}

describe('failures, cancel, resume', () => {
  it('a failed step skips only its dependants; independent branches finish; a re-apply converges', async () => {
    const d = stack('fail-1');
    await addFault(t.sb, { kind: 'api-errors', service: 'ec2', action: 'CreateNatGateway', rate: 1, code: 'UnauthorizedOperation', status: 403 });
    t.events.length = 0;
    const r = await applyDesign(d, t.options);
    expect(r.result.status).toBe('failed');
    expect(r.result.failures).toEqual([{ nodeId: 'nat', op: 'create', code: 'UnauthorizedOperation', message: expect.any(String) }]);
    const final = new Map(t.events.filter((e) => e.state !== 'pending' && e.state !== 'running').map((e) => [e.nodeId, e]));
    expect(final.get('rt-app')).toMatchObject({ state: 'skipped', cause: 'nat' });
    for (const id of ['vpc', 'pub', 'app', 'igw', 'web-1', 'web-2', 'ops']) expect(final.get(id)?.state).toBe('done');
    expect(final.get('nat')).toMatchObject({ state: 'failed', error: { code: 'UnauthorizedOperation' } });
    await clearFaults(t.sb);
    const healed = await applyDesign(d, t.options);
    expect(healed.result.failures).toEqual([]);
    expect(healed.plan.summary).toMatchObject({ add: 2, change: 0, destroy: 0 });
    expect(isEmptyPlan((await planDesign(d, t.options)).plan)).toBe(true);
    expect(await liveInstances('fail-1')).toBe(2);
    expect((await destroyDesign(d, t.options)).result.failures).toEqual([]);
  });

  it('cancel starts nothing new, lets running steps settle, and a later apply finishes the job', async () => {
    const d = stack('cancel-1');
    const ctrl = new AbortController();
    t.events.length = 0;
    const r = await applyDesign(d, { ...t.options, signal: ctrl.signal, concurrency: 1, onEvent: (e) => { t.events.push(e); if (e.state === 'done' && e.nodeId === 'vpc') ctrl.abort(); } });
    expect(r.result.status).toBe('canceled');
    expect(r.result.counts.done).toBeGreaterThanOrEqual(1);
    expect(r.result.counts.canceled).toBeGreaterThan(0);
    expect(t.events.filter((e) => e.state === 'running').length).toBe(r.result.counts.done);
    const rest = await applyDesign(d, t.options);
    expect(rest.result.failures).toEqual([]);
    expect(rest.plan.steps.find((s) => s.nodeId === 'vpc')!.action).toBe('noop');
    expect(isEmptyPlan((await planDesign(d, t.options)).plan)).toBe(true);
    expect((await destroyDesign(d, t.options)).result.failures).toEqual([]);
  });

  it('resumes an interrupted run with its generation and makes no duplicates under throttling', async () => {
    const d = stack('resume-1');
    const journal = new Journal(journalPath(t.options, d.id));
    journal.append({ t: 'begin', run: 'gen-crashed', mode: 'apply', design: d.id, target: 'test', at: new Date().toISOString(), ops: 9 });
    journal.close();
    await addFault(t.sb, { kind: 'api-errors', rate: 0.2, code: 'Throttling', status: 400 });
    const r = await applyDesign(d, t.options);
    await clearFaults(t.sb);
    expect(r.resumed).toBe(true);
    expect(r.result.failures).toEqual([]);
    const again = await applyDesign(d, t.options);
    expect(again.resumed).toBe(false);
    expect(isEmptyPlan(again.plan)).toBe(true);
    expect(await liveInstances('resume-1')).toBe(2);
    const vpcs = await t.factory('us-east-1').ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:ha-architect:design', Values: ['resume-1'] }] }));
    expect(vpcs.Vpcs).toHaveLength(1);
    expect((await destroyDesign(d, t.options)).result.failures).toEqual([]);
    expect(await liveInstances('resume-1')).toBe(0);
  });

  it('rolls back what a failed apply created when asked', async () => {
    const d = stack('rollback-1');
    await addFault(t.sb, { kind: 'api-errors', service: 'ec2', action: 'CreateNatGateway', rate: 1, code: 'UnauthorizedOperation', status: 403 });
    const r = await applyDesign(d, { ...t.options, rollback: true });
    await clearFaults(t.sb);
    expect(r.result.status).toBe('failed');
    expect(r.result.created.length).toBeGreaterThan(5);
    expect(r.rolledBack?.status).toBe('ok');
    expect(r.rolledBack?.counts.done).toBe(r.result.created.length);
    expect((await planDesign(d, t.options)).actual).toEqual([]);
    expect(await liveInstances('rollback-1')).toBe(0);
  });
});
