/**
 * Runs a plan: its operations as a dependency DAG walked with bounded
 * concurrency; every step's state streams as an event and goes to the
 * journal; a failure skips only its dependants; an abort starts nothing new.
 */
import { walk } from '../graph';
import { opContext, type RunState } from './context';
import { awsError } from './errors';
import type { OpContext } from './handler';
import { HANDLERS } from './handlers';
import type { Journal } from './journal';
import { planGraph, type Operation } from './plan-graph';
import { retag } from './tagging';
import type { ActualResource, PlanStep, StepEvent, StepState } from './types';

/** Options of runSteps. */
export interface RunOptions {
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: StepEvent) => void;
  readonly journal?: Journal;
  readonly run: string;
  /** Look a resource up by its tags before creating it (resumed runs). */
  readonly lookupFirst?: boolean;
}

/** The outcome of a run. */
export interface RunResult {
  readonly status: 'ok' | 'failed' | 'canceled';
  readonly counts: Readonly<Record<'done' | 'failed' | 'skipped' | 'canceled', number>>;
  readonly failures: readonly { readonly nodeId: string; readonly op: string; readonly code: string; readonly message: string }[];
  /** Resources created by this run (rollback deletes them). */
  readonly created: readonly ActualResource[];
}

/** Runs the operations of the steps against the target of `state`. */
export async function runSteps(steps: readonly PlanStep[], state: RunState, options: RunOptions): Promise<RunResult> {
  const { ops, dag } = planGraph(steps);
  const t0 = Date.now();
  const contexts = new Map<string, OpContext>();
  const ctxFor = (region: string) => {
    let c = contexts.get(region);
    if (!c) contexts.set(region, (c = opContext(state, region)));
    return c;
  };
  const ids = new Map<string, string>();
  const emit = (o: Operation, st: StepState, extra: Partial<StepEvent> = {}) => options.onEvent?.({
    type: 'step', nodeId: o.step.nodeId, kind: o.step.kind, name: o.step.name, action: o.step.action, op: o.op, state: st,
    at: new Date().toISOString(), elapsedMs: Date.now() - t0, ...(ids.has(o.key) ? { resourceId: ids.get(o.key) } : {}), ...extra,
  });
  const journal = (entry: Parameters<Journal['append']>[0]) => options.journal?.append(entry);
  const now = () => new Date().toISOString();
  const failures: { nodeId: string; op: string; code: string; message: string }[] = [];
  const created: ActualResource[] = [];
  for (const o of ops.values()) emit(o, 'pending');

  const visit = async (key: string): Promise<void> => {
    const o = ops.get(key)!;
    const { step } = o;
    const handler = HANDLERS[step.kind];
    if (!handler) throw new Error(`no handler for kind ${step.kind}`);
    const region = (o.op === 'delete' ? step.actual?.region : step.desired?.region) ?? step.region!;
    const ctx = ctxFor(region);
    journal({ t: 'start', run: options.run, key, at: now() });
    if (o.op === 'delete') {
      await handler.delete(ctx, step.actual!);
      if (state.resources.get(step.nodeId) === step.actual) state.resources.delete(step.nodeId);
      ids.set(key, step.actual!.id);
      journal({ t: 'done', run: options.run, key, at: now(), id: step.actual!.id, region, kind: step.kind, node: step.nodeId });
      return;
    }
    const want = step.desired!;
    let result: ActualResource | undefined;
    if (o.op === 'create') {
      const found = options.lookupFirst ? (await handler.discover({ clients: ctx.clients, region, designId: state.designId })).find((r) => r.nodeId === want.nodeId) : undefined;
      if (found) {
        state.log(`${step.kind} ${step.name}: found ${found.id} by its tags, adopting it instead of creating another`);
        state.resources.set(want.nodeId, found);
        result = (await handler.update(ctx, want, found, [])) ?? found;
        await retag(ctx, handler.service, result, ctx.tags(want));
      } else {
        result = await handler.create(ctx, want);
        created.push(result);
      }
    } else {
      const have = step.actual!;
      result = (await handler.update(ctx, want, have, step.changes)) ?? have;
      if (step.changes.length) await retag(ctx, handler.service, result, ctx.tags(want));
    }
    state.resources.set(want.nodeId, result);
    ids.set(key, result.id);
    journal({ t: 'done', run: options.run, key, at: now(), id: result.id, region, kind: step.kind, node: step.nodeId });
  };

  const outcomes = await walk(dag, visit, {
    concurrency: options.concurrency ?? 10,
    signal: options.signal,
    name: (key) => { const o = ops.get(key)!; return `${o.op} ${o.step.kind} "${o.step.name}"`; },
    onEvent: (e) => {
      const o = ops.get(e.id)!;
      if (e.state === 'running') emit(o, 'running');
      else if (e.state === 'done') emit(o, 'done');
      else if (e.state === 'failed') {
        const err = awsError(e.error);
        failures.push({ nodeId: o.step.nodeId, op: o.op, ...err });
        journal({ t: 'failed', run: options.run, key: e.id, at: now(), ...err });
        emit(o, 'failed', { error: err });
      } else if (e.state === 'skipped') emit(o, 'skipped', { cause: ops.get(e.cause)?.step.nodeId ?? e.cause });
      else emit(o, 'canceled');
    },
  });
  const counts = { done: 0, failed: 0, skipped: 0, canceled: 0 };
  for (const out of outcomes.values()) counts[out.status]++;
  const status = counts.failed + counts.skipped > 0 ? 'failed' : counts.canceled > 0 ? 'canceled' : 'ok';
  return { status, counts, failures, created };
}
