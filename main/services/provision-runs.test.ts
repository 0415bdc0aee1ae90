import { describe, expect, it } from 'vitest';
import type { RunDone } from '../../src/ipc/channels/provision';
import type { StepEvent } from '../../src/provision/types';
import { KEEP_ENDED, createRunRegistry } from './provision-runs';

const ev = (nodeId: string, state: StepEvent['state'], op: StepEvent['op'] = 'create'): StepEvent => ({
  type: 'step', nodeId, kind: 'vpc', name: nodeId, action: op === 'delete' ? 'replace' : 'create', op, state, at: '2026-11-26T11:00:00Z', elapsedMs: 0,
});
const done = (runId: string, steps: readonly StepEvent[] = []): RunDone => ({ runId, mode: 'apply', status: 'ok', counts: { done: 0, failed: 0, skipped: 0, canceled: 0 }, failures: [], elapsedMs: 1, steps });

describe('provision run registry', () => {
  it('keeps the last event of each operation, both halves of a replace apart', () => {
    const runs = createRunRegistry();
    runs.start('r1', 'd', new AbortController());
    for (const e of [ev('vpc', 'pending'), ev('vpc', 'running'), ev('vpc', 'done'), ev('db', 'done', 'delete'), ev('db', 'running')]) runs.record('r1', e);
    expect(runs.status('r1').steps.map((e) => `${e.op}:${e.nodeId}:${e.state}`).sort()).toEqual(['create:db:running', 'create:vpc:done', 'delete:db:done']);
    expect(runs.status('r1').done).toBeNull();
  });

  it('reports a run busy until it ends, then keeps its end for status requests', () => {
    const runs = createRunRegistry();
    const ctrl = new AbortController();
    runs.start('r1', 'd', ctrl);
    expect(runs.busy('d')).toBe(true);
    expect(runs.busy('other')).toBe(false);
    runs.end(done('r1'));
    expect(runs.busy('d')).toBe(false);
    expect(runs.status('r1').done).toMatchObject({ runId: 'r1', status: 'ok' });
    expect(runs.cancel('r1')).toBe(false);
    expect(ctrl.signal.aborted).toBe(false);
  });

  it('cancels a running run by aborting its signal', () => {
    const runs = createRunRegistry();
    const ctrl = new AbortController();
    runs.start('r1', 'd', ctrl);
    expect(runs.cancel('r1')).toBe(true);
    expect(ctrl.signal.aborted).toBe(true);
    expect(runs.cancel('nope')).toBe(false);
  });

  it('forgets the oldest ended runs beyond the limit, and names an unknown run in its error', () => {
    const runs = createRunRegistry();
    for (let i = 0; i <= KEEP_ENDED; i++) { runs.start(`r${i}`, `d${i}`, new AbortController()); runs.end(done(`r${i}`)); }
    expect(() => runs.status('r0')).toThrow(/no provision run "r0"/);
    expect(runs.status(`r${KEEP_ENDED}`).done).not.toBeNull();
    expect(runs.status('r1').done).not.toBeNull();
  });
});
