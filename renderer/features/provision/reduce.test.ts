import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../../src/ipc/channels/provision';
import type { StepEvent } from '../../../src/provision/types';
import { changedOnly, mergeOps, opKey, planUpdates, progressOf, reconcile, stepUpdate } from './reduce';

const ev = (p: Partial<StepEvent>): StepEvent => ({
  type: 'step', nodeId: 'web', kind: 'instance', name: 'web', action: 'create', op: 'create', state: 'running', at: '2026-11-26T09:00:00Z', elapsedMs: 0, ...p,
});

describe('provision reduce', () => {
  it('marks planned changes, ready matches, and clears unsupported nodes', () => {
    const plan = { steps: [
      { nodeId: 'a', kind: 'vpc', name: 'a', action: 'create', reason: 'new in the design', changes: [] },
      { nodeId: 'b', kind: 'subnet', name: 'b', action: 'noop', reason: 'no changes', changes: [] },
      { nodeId: 'c', kind: 'dnsRecord', name: 'c', action: 'unsupported', reason: 'not provisioned', changes: [] },
    ] } as unknown as PlanView;
    expect(planUpdates(plan)).toEqual({ a: { state: 'planned', detail: 'create: new in the design' }, b: { state: 'ready', detail: 'no changes' }, c: null });
  });

  it('maps step states to node states', () => {
    expect(stepUpdate(ev({}))).toEqual({ state: 'creating', detail: 'create instance' });
    expect(stepUpdate(ev({ op: 'delete', action: 'delete' }))!.state).toBe('deleting');
    expect(stepUpdate(ev({ state: 'done', resourceId: 'i-1' }))).toEqual({ state: 'ready', detail: 'i-1' });
    expect(stepUpdate(ev({ state: 'done', op: 'delete', action: 'delete' }))).toBeNull();
    expect(stepUpdate(ev({ state: 'done', op: 'delete', action: 'replace' }))!.state).toBe('deleting');
    expect(stepUpdate(ev({ state: 'failed', error: { code: 'Throttling', message: 'slow down' } }))).toEqual({ state: 'failed', detail: 'Throttling: slow down' });
    expect(stepUpdate(ev({ state: 'skipped', cause: 'subnet-a' }))).toEqual({ state: 'skipped', detail: 'skipped: depends on failed subnet-a' });
    expect(stepUpdate(ev({ state: 'pending' }))).toBeUndefined();
  });

  it('counts progress from the latest event per operation', () => {
    const latest = new Map<string, StepEvent>();
    for (const e of [ev({ nodeId: 'a' }), ev({ nodeId: 'b', state: 'pending' }), ev({ nodeId: 'c', state: 'failed' }), ev({ nodeId: 'd', state: 'done' })]) latest.set(opKey(e), e);
    expect(progressOf(latest)).toEqual({ total: 4, finished: 2, failed: 1, running: 1 });
  });
});

describe('provision reconcile (missed step events)', () => {
  const plan = { steps: [
    { nodeId: 'vpc', kind: 'vpc', name: 'vpc', action: 'create', reason: 'new', changes: [] },
    { nodeId: 'subnet', kind: 'subnet', name: 'subnet', action: 'create', reason: 'new', changes: [] },
    { nodeId: 'db', kind: 'database', name: 'db', action: 'replace', reason: 'engine forces replacement', changes: [] },
    { nodeId: 'sg', kind: 'securityGroup', name: 'sg', action: 'noop', reason: 'no changes', changes: [] },
    { nodeId: 'dns', kind: 'dnsRecord', name: 'dns', action: 'unsupported', reason: 'not provisioned', changes: [] },
  ] } as unknown as PlanView;

  it('paints every node from the plan and the final operations, whatever step events were seen', () => {
    const final = [
      ev({ nodeId: 'vpc', kind: 'vpc', state: 'done', resourceId: 'vpc-1', elapsedMs: 10 }),
      ev({ nodeId: 'subnet', kind: 'subnet', state: 'done', resourceId: 'subnet-1', elapsedMs: 20 }),
      // A replace: the create (listed first here) must win over the delete.
      ev({ nodeId: 'db', kind: 'database', action: 'replace', op: 'create', state: 'done', resourceId: 'db-2', elapsedMs: 40 }),
      ev({ nodeId: 'db', kind: 'database', action: 'replace', op: 'delete', state: 'done', elapsedMs: 30 }),
    ];
    expect(reconcile(plan, final)).toEqual({
      vpc: { state: 'ready', detail: 'vpc-1' }, subnet: { state: 'ready', detail: 'subnet-1' }, db: { state: 'ready', detail: 'db-2' },
      sg: { state: 'ready', detail: 'no changes' }, dns: null,
    });
    // The plan alone (the apply's answer arriving after its first steps) would have put them back on "planned".
    expect(reconcile(plan, []).vpc).toEqual({ state: 'planned', detail: 'create: new' });
    // Before the plan is known, the operations alone.
    expect(reconcile(null, final.slice(0, 1))).toEqual({ vpc: { state: 'ready', detail: 'vpc-1' } });
  });

  it('keeps not-yet-run and canceled operations planned, and failures failed', () => {
    const out = reconcile(plan, [ev({ nodeId: 'vpc', state: 'failed', error: { code: 'Boom', message: 'no' } }), ev({ nodeId: 'subnet', state: 'canceled' }), ev({ nodeId: 'db', op: 'create', action: 'replace', state: 'pending' })]);
    expect(out.vpc).toEqual({ state: 'failed', detail: 'Boom: no' });
    expect(out.subnet!.state).toBe('planned');
    expect(out.db!.state).toBe('planned');
  });

  it('merges a snapshot into the events seen: the later event of an operation wins, news is reported', () => {
    const seen = new Map([[opKey(ev({ nodeId: 'a' })), ev({ nodeId: 'a', state: 'running', elapsedMs: 5 })]]);
    const snap = mergeOps(seen, [ev({ nodeId: 'a', state: 'done', elapsedMs: 9 }), ev({ nodeId: 'b', state: 'done', elapsedMs: 3 })]);
    expect(snap.changed).toBe(true);
    expect([...snap.ops.values()].map((e) => `${e.nodeId}:${e.state}`)).toEqual(['a:done', 'b:done']);
    // A late "running" (the socket behind the snapshot) does not step an operation back.
    const late = mergeOps(snap.ops, [ev({ nodeId: 'a', state: 'running', elapsedMs: 5 })]);
    expect(late.changed).toBe(false);
    expect(late.ops.get('create:a')!.state).toBe('done');
    // Same time: the further state wins.
    expect(mergeOps(new Map([['create:c', ev({ nodeId: 'c', state: 'running', elapsedMs: 7 })]]), [ev({ nodeId: 'c', state: 'done', elapsedMs: 7 })]).ops.get('create:c')!.state).toBe('done');
  });

  it('passes on only the badges that change', () => {
    const current = new Map([['a', { state: 'ready' as const, detail: 'x' }], ['gone', { state: 'planned' as const }]]);
    expect(changedOnly(current, { a: { state: 'ready', detail: 'x' }, b: { state: 'planned' }, gone: null, never: null })).toEqual({ b: { state: 'planned' }, gone: null });
  });
});
