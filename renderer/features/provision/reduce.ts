// Pure mapping from plans and step events to the app store's provision slice and the panel's progress.
import type { PlanView } from '../../../src/ipc/channels/provision';
import type { StepEvent } from '../../../src/provision/types';
import type { NodeProvision } from '../../store/types';

/** Node states after a plan: what will change is "planned", what already matches is "ready". */
export function planUpdates(plan: PlanView): Record<string, NodeProvision | null> {
  const out: Record<string, NodeProvision | null> = {};
  for (const s of plan.steps) {
    if (s.action === 'unsupported') out[s.nodeId] = null;
    else if (s.action === 'noop') out[s.nodeId] = { state: 'ready', detail: 'no changes' };
    else out[s.nodeId] = { state: 'planned', detail: `${s.action}: ${s.reason}` };
  }
  return out;
}

/** The node state a step event means (undefined: leave the node as it is). */
export function stepUpdate(e: StepEvent): NodeProvision | null | undefined {
  switch (e.state) {
    case 'running': return { state: e.op === 'create' ? 'creating' : e.op === 'update' ? 'updating' : 'deleting', detail: `${e.op} ${e.kind}` };
    case 'done':
      // A finished delete that is not half of a replace leaves nothing on the canvas to colour.
      if (e.op === 'delete') return e.action === 'replace' ? { state: 'deleting', detail: 'old resource deleted; creating the new one' } : null;
      return { state: 'ready', detail: e.resourceId ?? 'ready' };
    case 'failed': return { state: 'failed', detail: `${e.error?.code ?? 'Error'}: ${e.error?.message ?? ''}` };
    case 'skipped': return { state: 'skipped', detail: `skipped: depends on failed ${e.cause ?? 'step'}` };
    default: return undefined;
  }
}

/** Counts of operations by their latest state, for the progress bar. */
export interface Progress {
  readonly total: number;
  readonly finished: number;
  readonly failed: number;
  readonly running: number;
}

/** Progress from the latest event of each operation. */
export function progressOf(latest: ReadonlyMap<string, StepEvent>): Progress {
  let finished = 0, failed = 0, running = 0;
  for (const e of latest.values()) {
    if (e.state === 'running') running++;
    else if (e.state !== 'pending') finished++;
    if (e.state === 'failed') failed++;
  }
  return { total: latest.size, finished, failed, running };
}

/** The key of an operation (a replace has a delete and a create for one node). */
export const opKey = (e: StepEvent): string => `${e.op}:${e.nodeId}`;

const RANK: Record<StepEvent['state'], number> = { pending: 0, running: 1, done: 2, failed: 2, skipped: 2, canceled: 2 };
const later = (a: StepEvent, b: StepEvent) => (b.elapsedMs !== a.elapsedMs ? b.elapsedMs > a.elapsedMs : RANK[b.state] > RANK[a.state]);

/** The latest event of each operation from what was seen and what a snapshot says (whichever is later); `changed` when the snapshot added news. */
export function mergeOps(seen: ReadonlyMap<string, StepEvent>, events: Iterable<StepEvent>): { readonly ops: Map<string, StepEvent>; readonly changed: boolean } {
  const ops = new Map(seen);
  let changed = false;
  for (const e of events) {
    const k = opKey(e);
    const had = ops.get(k);
    if (had && !later(had, e)) continue;
    ops.set(k, e);
    changed = true;
  }
  return { ops, changed };
}

/**
 * Every node's state from the plan and the latest event of each operation: what the canvas should show,
 * whatever events were missed or arrived before the plan. A replace's delete is applied before its create.
 */
export function reconcile(plan: PlanView | null, latest: Iterable<StepEvent>): Record<string, NodeProvision | null> {
  const out = plan ? planUpdates(plan) : {};
  const events = [...latest].sort((a, b) => Number(b.op === 'delete') - Number(a.op === 'delete'));
  for (const e of events) {
    const u = stepUpdate(e);
    if (u !== undefined) out[e.nodeId] = u;
  }
  return out;
}

/** Only the updates that change what a node shows (so unchanged badges do not re-render). */
export function changedOnly(current: ReadonlyMap<string, NodeProvision>, updates: Readonly<Record<string, NodeProvision | null>>): Record<string, NodeProvision | null> {
  const out: Record<string, NodeProvision | null> = {};
  for (const [id, u] of Object.entries(updates)) {
    const had = current.get(id);
    if (u === null ? had !== undefined : had?.state !== u.state || had.detail !== u.detail) out[id] = u;
  }
  return out;
}
