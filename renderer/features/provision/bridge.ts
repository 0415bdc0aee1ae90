// The provision bridge: provision:step / provision:done events from main → the panel's store (log, progress)
// and the app store's provision slice (node states on the canvas). Subscribed once per page.
import type { HaApi } from '../../../src/ipc/api';
import type { AppStore } from '../../store';
import { opKey, stepUpdate } from './reduce';
import { appendLog, provisionStore } from './store';

let unsubscribe: (() => void) | null = null;

function describeEvent(e: Parameters<typeof stepUpdate>[0]): string {
  const what = `${e.op} ${e.kind} "${e.name}"${e.resourceId ? ` (${e.resourceId})` : ''}`;
  if (e.state === 'failed') return `✗ ${what}: ${e.error?.code}: ${e.error?.message}`;
  if (e.state === 'skipped') return `- skipped ${what}: depends on failed ${e.cause}`;
  if (e.state === 'canceled') return `○ canceled ${what}`;
  return `${e.state === 'done' ? '✓' : '…'} ${what}`;
}

/** Starts listening (idempotent); returns the stop function. */
export function ensureProvisionBridge(api: HaApi, app: AppStore): () => void {
  if (unsubscribe) return unsubscribe;
  const offStep = api.on('provision:step', ({ runId, event }) => {
    const s = provisionStore.getState();
    // Steps can arrive before the apply request has answered with its run id.
    if (s.runId === null && s.busy) provisionStore.setState({ runId });
    else if (s.runId !== runId) return;
    const ops = new Map(s.ops);
    ops.set(opKey(event), event);
    provisionStore.setState({ ops });
    const update = stepUpdate(event);
    if (update !== undefined) app.getState().setProvision({ [event.nodeId]: update });
    if (event.state !== 'pending') appendLog([{ at: event.at, level: event.state === 'failed' ? 'error' : event.state === 'skipped' ? 'warn' : 'info', nodeId: event.nodeId, text: describeEvent(event) }]);
  });
  const offDone = api.on('provision:done', (done) => {
    const s = provisionStore.getState();
    if (s.runId !== done.runId && !(s.runId === null && s.busy)) return;
    provisionStore.setState({ done, busy: false });
    const c = done.counts;
    appendLog([{
      at: new Date().toISOString(), level: done.status === 'ok' ? 'info' : 'error',
      text: done.error ? `${done.mode} stopped: ${done.error}` : `${done.mode} ${done.status}: ${c.done} done, ${c.failed} failed, ${c.skipped} skipped, ${c.canceled} canceled in ${(done.elapsedMs / 1000).toFixed(1)} s`,
    }]);
  });
  unsubscribe = () => { offStep(); offDone(); unsubscribe = null; };
  return unsubscribe;
}
