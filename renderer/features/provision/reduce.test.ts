import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../../src/ipc/channels/provision';
import type { StepEvent } from '../../../src/provision/types';
import { opKey, planUpdates, progressOf, stepUpdate } from './reduce';

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
