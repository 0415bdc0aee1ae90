// What the Provision panel's buttons do: identity, plan, apply / destroy, cancel — through the typed API.
import type { HaApi } from '../../../src/ipc/api';
import type { AppStore } from '../../store';
import { ensureProvisionBridge, reconcileCanvas, syncRun, watchRun } from './bridge';
import { planUpdates } from './reduce';
import { appendLog, provisionStore } from './store';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function guarded(work: () => Promise<void>): Promise<void> {
  provisionStore.setState({ busy: true, error: null });
  try {
    await work();
  } catch (err) {
    provisionStore.setState({ error: message(err), busy: false });
    appendLog([{ at: new Date().toISOString(), level: 'error', text: message(err) }]);
  }
}

/** Asks the target who we are. */
export function refreshIdentity(api: HaApi): Promise<void> {
  return guarded(async () => {
    const identity = await api.invoke('provision:identity', { target: provisionStore.getState().target });
    provisionStore.setState({ identity, busy: false });
  });
}

/** Plans the current design (apply or destroy) and paints the per-node badges. */
export function planNow(api: HaApi, app: AppStore, mode: 'apply' | 'destroy' = 'apply'): Promise<void> {
  return guarded(async () => {
    const plan = await api.invoke('provision:plan', { design: app.getState().design, target: provisionStore.getState().target, mode });
    app.getState().setProvision(planUpdates(plan));
    provisionStore.setState({ plan, identity: plan.identity, busy: false });
  });
}

// Runs started from this page: an apply's answer that arrives after the next run started must not take the panel over.
let runs = 0;

/** Starts an apply or destroy (the panel asked for confirmation first). */
export function runNow(api: HaApi, app: AppStore, mode: 'apply' | 'destroy', parallelism: number): Promise<void> {
  ensureProvisionBridge(api, app);
  const mine = ++runs;
  return guarded(async () => {
    const params = { design: app.getState().design, target: provisionStore.getState().target, parallelism };
    provisionStore.setState({ ops: new Map(), done: null, startedAt: Date.now(), runId: null });
    const started = mode === 'apply' ? await api.invoke('provision:apply', { ...params, rollback: false }) : await api.invoke('provision:destroy', params);
    // A later run was started while this answer was on its way: the panel and canvas are that run's now.
    if (mine !== runs) return;
    provisionStore.setState({ runId: started.runId, plan: started.plan, identity: started.plan.identity });
    // Steps (even the end) may have arrived before this answer: paint plan + what was seen, not the plan alone.
    reconcileCanvas(app);
    appendLog([{ at: new Date().toISOString(), level: 'info', text: `${mode} started on ${started.plan.identity.target} (account ${started.plan.identity.account})` }]);
    // Events broadcast before this page's event socket was open are lost: catch up, then keep a slow watch.
    await syncRun(api, app, started.runId).catch(() => undefined);
    watchRun(api, app, started.runId);
  });
}

/** Asks main to stop starting new steps; running ones settle. */
export async function cancelRun(api: HaApi): Promise<void> {
  const runId = provisionStore.getState().runId;
  if (!runId) return;
  await api.invoke('provision:cancel', { runId });
  appendLog([{ at: new Date().toISOString(), level: 'warn', text: 'cancel requested: no new steps start; running ones finish' }]);
}
