// The runs of the provision service: per run, the last event of each operation (so a UI that missed
// step events can catch up), and the end of recent runs (kept a while, so a late status request works).
import type { RunDone, RunStatus } from '../../src/ipc/channels/provision';
import type { StepEvent } from '../../src/provision/types';

/** How many ended runs are remembered for status requests. */
export const KEEP_ENDED = 20;

interface Entry {
  readonly designId: string;
  readonly ctrl: AbortController;
  readonly latest: Map<string, StepEvent>;
  done: RunDone | null;
}

/** The operation an event belongs to (a replace has a delete and a create for one node). */
const opOf = (e: StepEvent) => `${e.op}:${e.nodeId}`;

/** Creates the run registry of one provision service. */
export function createRunRegistry() {
  const runs = new Map<string, Entry>();
  const get = (runId: string) => {
    const r = runs.get(runId);
    if (!r) throw new Error(`no provision run "${runId}" (it ended long ago, or never started in this process)`);
    return r;
  };
  return {
    /** True while a run of this design has not ended. */
    busy: (designId: string) => [...runs.values()].some((r) => r.designId === designId && r.done === null),
    start(runId: string, designId: string, ctrl: AbortController): void {
      runs.set(runId, { designId, ctrl, latest: new Map(), done: null });
    },
    /** Records a step event (call before emitting it). */
    record(runId: string, event: StepEvent): void {
      runs.get(runId)?.latest.set(opOf(event), event);
    },
    /** The last event of each operation so far. */
    steps: (runId: string): StepEvent[] => [...get(runId).latest.values()],
    /** Marks the run ended; forgets the oldest ended runs beyond KEEP_ENDED. */
    end(done: RunDone): void {
      get(done.runId).done = done;
      const ended = [...runs].filter(([, r]) => r.done !== null);
      for (const [id] of ended.slice(0, Math.max(0, ended.length - KEEP_ENDED))) runs.delete(id);
    },
    /** Aborts a running run; false when it is unknown or already ended. */
    cancel(runId: string): boolean {
      const r = runs.get(runId);
      if (!r || r.done) return false;
      r.ctrl.abort();
      return true;
    },
    status(runId: string): RunStatus {
      const r = get(runId);
      return { runId, steps: [...r.latest.values()], done: r.done };
    },
  };
}
