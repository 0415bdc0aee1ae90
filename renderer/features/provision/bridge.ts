// The provision bridge: provision:step / provision:done events from main → the panel's store (log, progress)
// and the app store's provision slice (node states on the canvas). Subscribed once per page.
// Events are not the only source: the end of a run (its done event, or a status request) carries the last
// event of every operation, and the canvas is reconciled from it, so a missed step event (sent before the
// page listened, or while its socket was reconnecting) cannot leave a node on "planned".
import type { HaApi } from '../../../src/ipc/api';
import type { RunDone } from '../../../src/ipc/channels/provision';
import type { StepEvent } from '../../../src/provision/types';
import type { AppStore } from '../../store';
import { changedOnly, mergeOps, reconcile, stepUpdate } from './reduce';
import { appendLog, provisionStore } from './store';

let unsubscribe: (() => void) | null = null;

/** How often a running run's status is asked for, in case its events do not arrive. */
export const STATUS_POLL_MS = 2000;

function describeEvent(e: StepEvent): string {
  const what = `${e.op} ${e.kind} "${e.name}"${e.resourceId ? ` (${e.resourceId})` : ''}`;
  if (e.state === 'failed') return `✗ ${what}: ${e.error?.code}: ${e.error?.message}`;
  if (e.state === 'skipped') return `- skipped ${what}: depends on failed ${e.cause}`;
  if (e.state === 'canceled') return `○ canceled ${what}`;
  return `${e.state === 'done' ? '✓' : '…'} ${what}`;
}

/** True when an event of `runId` belongs to the run this page started (steps can beat the apply's answer). */
function ours(runId: string): boolean {
  const s = provisionStore.getState();
  if (s.runId === null && s.busy && s.done === null) {
    provisionStore.setState({ runId });
    return true;
  }
  return s.runId === runId;
}

/** Paints every node from the plan and the operations seen so far (only the badges that change). */
export function reconcileCanvas(app: AppStore): void {
  const s = provisionStore.getState();
  const updates = changedOnly(app.getState().provision, reconcile(s.plan, s.ops.values()));
  if (Object.keys(updates).length) app.getState().setProvision(updates);
}

/** Merges a snapshot of operations (done event or status answer) into the run's; repaints when it had news. */
export function absorbSteps(app: AppStore, steps: readonly StepEvent[]): void {
  const { ops, changed } = mergeOps(provisionStore.getState().ops, steps);
  if (!changed) return;
  provisionStore.setState({ ops });
  reconcileCanvas(app);
}

/** Ends the current run: final operation states onto the canvas, a summary line in the log (once). */
export function finishRun(app: AppStore, done: RunDone): void {
  if (provisionStore.getState().done?.runId === done.runId) return;
  absorbSteps(app, done.steps);
  provisionStore.setState({ done, busy: false });
  reconcileCanvas(app);
  const c = done.counts;
  appendLog([{
    at: new Date().toISOString(), level: done.status === 'ok' ? 'info' : 'error',
    text: done.error ? `${done.mode} stopped: ${done.error}` : `${done.mode} ${done.status}: ${c.done} done, ${c.failed} failed, ${c.skipped} skipped, ${c.canceled} canceled in ${(done.elapsedMs / 1000).toFixed(1)} s`,
  }]);
}

/** Asks main where the run is: catches up with missed steps, and ends the run if its done event was missed. */
export async function syncRun(api: HaApi, app: AppStore, runId: string): Promise<void> {
  const status = await api.invoke('provision:status', { runId });
  if (provisionStore.getState().runId !== runId) return;
  absorbSteps(app, status.steps);
  if (status.done) finishRun(app, status.done);
}

/** Polls the run's status until it has ended (a safety net under the events; cheap when nothing changed). */
export function watchRun(api: HaApi, app: AppStore, runId: string, every = STATUS_POLL_MS): () => void {
  let failures = 0;
  const timer = setInterval(() => {
    const s = provisionStore.getState();
    if (s.runId !== runId || s.done !== null) return clearInterval(timer);
    syncRun(api, app, runId).then(() => { failures = 0; }, () => {
      // The host lost the run (restarted): stop asking; the events, if any, still end it.
      if (++failures >= 5) clearInterval(timer);
    });
  }, every);
  return () => clearInterval(timer);
}

/** Starts listening (idempotent); returns the stop function. */
export function ensureProvisionBridge(api: HaApi, app: AppStore): () => void {
  if (unsubscribe) return unsubscribe;
  const offStep = api.on('provision:step', ({ runId, event }) => {
    if (!ours(runId)) return;
    // A status answer may already hold a later state of this operation: never step back.
    const { ops, changed } = mergeOps(provisionStore.getState().ops, [event]);
    if (!changed) return;
    provisionStore.setState({ ops });
    const update = stepUpdate(event);
    if (update !== undefined) app.getState().setProvision({ [event.nodeId]: update });
    if (event.state !== 'pending') appendLog([{ at: event.at, level: event.state === 'failed' ? 'error' : event.state === 'skipped' ? 'warn' : 'info', nodeId: event.nodeId, text: describeEvent(event) }]);
  });
  const offDone = api.on('provision:done', (done) => {
    if (ours(done.runId)) finishRun(app, done);
  });
  unsubscribe = () => { offStep(); offDone(); unsubscribe = null; };
  return unsubscribe;
}
