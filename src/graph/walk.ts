/**
 * Dependency-ordered walk with bounded concurrency (after Terraform's
 * internal/dag walk.go): a vertex starts once all its dependencies are done;
 * when one fails, everything downstream of it is skipped while independent
 * branches run to the end; an abort starts nothing new and lets running
 * vertices settle.
 */
import { CycleError, dependantsOf, findCycles, type Dag } from './dag';

/** The final state of one vertex. */
export type WalkStatus = 'done' | 'failed' | 'skipped' | 'canceled';

/** What happened to one vertex. */
export interface WalkOutcome<R> {
  readonly status: WalkStatus;
  readonly value?: R;
  readonly error?: unknown;
  /** For a skipped vertex: the failed vertex it (transitively) depended on. */
  readonly cause?: string;
}

/** A state change of a vertex, in the order they happen. */
export type WalkEvent =
  | { readonly id: string; readonly state: 'running' }
  | { readonly id: string; readonly state: 'done' }
  | { readonly id: string; readonly state: 'failed'; readonly error: unknown }
  | { readonly id: string; readonly state: 'skipped'; readonly cause: string }
  | { readonly id: string; readonly state: 'canceled' };

/** The part of an AbortSignal the walk needs, typed structurally so the pure tier needs neither DOM nor Node types. */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

const NEVER: CancelSignal = { aborted: false, addEventListener: () => {} };

/** Options of walk. */
export interface WalkOptions {
  /** Most vertices running at once (default 10, minimum 1). */
  readonly concurrency?: number;
  /** Abort: no vertex starts after it fires; running ones finish. */
  readonly signal?: CancelSignal;
  readonly onEvent?: (event: WalkEvent) => void;
  /** Names for the cycle report (default: the ids). */
  readonly name?: (id: string) => string;
}

/** Walks the DAG calling `visit` for each vertex once its dependencies are done; resolves when every vertex has an outcome. */
export async function walk<R>(dag: Dag, visit: (id: string, signal: CancelSignal) => Promise<R>, options: WalkOptions = {}): Promise<Map<string, WalkOutcome<R>>> {
  const cycles = findCycles(dag);
  if (cycles.length) throw new CycleError(cycles, options.name);
  const limit = Math.max(1, Math.floor(options.concurrency ?? 10));
  const signal = options.signal ?? NEVER;
  const emit = options.onEvent ?? (() => {});
  const dependants = dependantsOf(dag);
  const waiting = new Map(dag.nodes.map((n) => [n, (dag.deps.get(n) ?? []).length]));
  const outcomes = new Map<string, WalkOutcome<R>>();
  const ready: string[] = dag.nodes.filter((n) => waiting.get(n) === 0);
  let running = 0;

  return new Promise((resolve) => {
    const finish = (id: string, outcome: WalkOutcome<R>): void => {
      outcomes.set(id, outcome);
      if (outcome.status === 'done') {
        for (const d of dependants.get(id)!) {
          const left = waiting.get(d)! - 1;
          waiting.set(d, left);
          if (left === 0 && !outcomes.has(d)) ready.push(d);
        }
      } else if (outcome.status === 'failed' || outcome.status === 'skipped') {
        const cause = outcome.status === 'failed' ? id : outcome.cause!;
        for (const d of dependants.get(id)!) {
          if (outcomes.has(d)) continue;
          emit({ id: d, state: 'skipped', cause });
          finish(d, { status: 'skipped', cause });
        }
      }
    };
    const pump = (): void => {
      if (signal.aborted) {
        for (const n of dag.nodes) {
          if (outcomes.has(n)) continue;
          if (ready.includes(n) || waiting.get(n)! > 0) {
            outcomes.set(n, { status: 'canceled' });
            emit({ id: n, state: 'canceled' });
          }
        }
        ready.length = 0;
      }
      while (running < limit && ready.length) {
        const id = ready.shift()!;
        running++;
        emit({ id, state: 'running' });
        // Deferred so one visitor's synchronous throw cannot stop the loop.
        Promise.resolve()
          .then(() => visit(id, signal))
          .then(
            (value) => { emit({ id, state: 'done' }); finish(id, { status: 'done', value }); },
            (error: unknown) => { emit({ id, state: 'failed', error }); finish(id, { status: 'failed', error }); },
          )
          .finally(() => { running--; pump(); });
      }
      if (running === 0 && (ready.length === 0 || signal.aborted)) {
        // Anything left without an outcome is unreachable only by abort; mark it so every vertex is accounted for.
        for (const n of dag.nodes) if (!outcomes.has(n)) { outcomes.set(n, { status: 'canceled' }); emit({ id: n, state: 'canceled' }); }
        resolve(outcomes);
      }
    };
    signal.addEventListener('abort', () => pump(), { once: true });
    pump();
  });
}
