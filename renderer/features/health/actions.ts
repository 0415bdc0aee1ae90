// What the live panel's buttons do: start/stop live mode, game-day faults, timeline export (downloaded as a file).
import type { HaApi } from '../../../src/ipc/api';
import type { GameDayParam, HealthTargetParam } from '../../../src/ipc/channels/health';
import type { AppStore } from '../../store';
import { clearMirror } from './bridge';
import { toSlice } from './mirror';
import { askNotificationPermission } from './notify';
import { applySnapshot, healthStore, resetHealth } from './store';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function busy<T>(app: AppStore, run: () => Promise<T>): Promise<T | undefined> {
  healthStore.setState({ busy: true, error: null });
  try {
    return await run();
  } catch (err) {
    healthStore.setState({ error: message(err) });
    app.getState().toast('error', message(err));
    return undefined;
  } finally {
    healthStore.setState({ busy: false });
  }
}

/** Starts live mode on the design in the editor. */
export function startLive(api: HaApi, app: AppStore, target: HealthTargetParam): Promise<void> {
  askNotificationPermission();
  return busy(app, async () => {
    resetHealth();
    const snap = await api.invoke('health:start', { design: app.getState().design, target });
    applySnapshot(snap);
    app.getState().setHealth(Object.fromEntries(snap.nodes.map((n) => [n.nodeId, toSlice(n)])));
    healthStore.setState({ status: await api.invoke('health:status', {}) });
  }).then(() => undefined);
}

/** Stops live mode and clears the colours. */
export function stopLive(api: HaApi, app: AppStore): Promise<void> {
  return busy(app, async () => {
    await api.invoke('health:stop', {});
    clearMirror(app);
    healthStore.setState({ live: false, status: null });
  }).then(() => undefined);
}

/** Runs a game-day action in the Sandbox and keeps the validator's prediction beside what follows. */
export function gameDay(api: HaApi, app: AppStore, action: GameDayParam): Promise<void> {
  return busy(app, async () => {
    const r = await api.invoke('health:fault', { action });
    healthStore.setState({ lastRun: { label: r.fault.label, at: r.fault.createdAt, prediction: r.prediction }, faults: await api.invoke('health:faults', {}) });
  }).then(() => undefined);
}

/** Clears one fault, or every fault. */
export function clearFaults(api: HaApi, app: AppStore, id?: string): Promise<void> {
  return busy(app, async () => {
    await api.invoke('health:clear-faults', id ? { id } : {});
    healthStore.setState({ faults: await api.invoke('health:faults', {}) });
  }).then(() => undefined);
}

/** Downloads the incident timeline as Markdown or JSON. */
export function exportTimeline(api: HaApi, app: AppStore, format: 'markdown' | 'json'): Promise<void> {
  return busy(app, async () => {
    const { text, suggestedName } = await api.invoke('health:export', { format });
    const url = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/markdown' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }).then(() => undefined);
}
