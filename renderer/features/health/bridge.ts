// The health bridge: subscribes once to the health events and gathers what arrives into one update per animation
// frame: the feature store (badges and edge flow marks of the changed nodes and edges only), the app store's health
// slice (changed nodes only, at most once a second), and desktop notifications.
import type { EdgeHealth, HealthChange, TimelineEntry } from '../../../src/health/types';
import type { HaApi } from '../../../src/ipc/api';
import type { AppStore } from '../../store';
import { toSlice } from './mirror';
import { alertsFor, showAlerts } from './notify';
import { applyBatch, applySnapshot, healthStore } from './store';

let started: (() => void) | undefined;

/**
 * The app store's health slice (a mirror for readers outside this feature: the canvas's badges subscribe per node
 * to the feature store) is written at most once a second. Every write wakes every subscriber of the app store —
 * with a thousand nodes mounted, several selectors each — so writing it per batch cost more than the batch.
 */
export const APP_MIRROR_INTERVAL_MS = 1000;

/** Mirrors changed nodes into the app store's health slice, gathered over `interval` (immediately in tests: 0). */
export function appMirror(app: AppStore, interval = APP_MIRROR_INTERVAL_MS): (ids: readonly string[]) => void {
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const s = healthStore.getState();
    const updates: Record<string, ReturnType<typeof toSlice> | null> = {};
    // Live mode stopped meanwhile: clearMirror has emptied the slice; leave it empty.
    if (s.live) for (const id of changed) { const h = s.nodes.get(id); updates[id] = h ? toSlice(h) : null; }
    changed.clear();
    if (Object.keys(updates).length) app.getState().setHealth(updates);
  };
  return (ids) => {
    ids.forEach((id) => changed.add(id));
    if (interval <= 0) write();
    else timer ??= setTimeout(write, interval);
  };
}

interface Pending { designId: string; changes: HealthChange[]; edges: EdgeHealth[]; entries: TimelineEntry[] }

/** Waits for the next frame (or a short timeout when the page is hidden and frames do not come). */
type Schedule = (run: () => void) => void;
const nextFrame: Schedule = (run) => {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') requestAnimationFrame(() => run());
  else setTimeout(run, 50);
};

/** Gathers batches until the next frame; `flush` applies them at once. Exported for tests. */
export function createCoalescer(
  app: AppStore, focus: (nodeId: string) => void, schedule: Schedule = nextFrame, mirrorInterval = APP_MIRROR_INTERVAL_MS,
) {
  let pending: Pending | undefined;
  const mirror = appMirror(app, mirrorInterval);
  const flush = () => {
    const p = pending;
    pending = undefined;
    if (!p) return;
    const ids = applyBatch(p.designId, { changes: p.changes, edges: p.edges, entries: p.entries });
    if (ids.length) {
      mirror(ids);
      const design = app.getState().design;
      if (design.id === p.designId) showAlerts(alertsFor(design, p.changes), focus);
    }
  };
  const add = (designId: string, b: { changes?: readonly HealthChange[]; edges?: readonly EdgeHealth[]; entries?: readonly TimelineEntry[] }) => {
    if (pending && pending.designId !== designId) flush();
    if (!pending) {
      pending = { designId, changes: [], edges: [], entries: [] };
      schedule(flush);
    }
    pending.changes.push(...(b.changes ?? []));
    pending.edges.push(...(b.edges ?? []));
    pending.entries.push(...(b.entries ?? []));
  };
  return { add, flush };
}

/** Starts the bridge (idempotent); returns a stop function for tests. `focus` selects a node (notification clicks). */
export function ensureHealthBridge(api: HaApi, app: AppStore, focus: (nodeId: string) => void): () => void {
  if (started) return started;
  const batches = createCoalescer(app, focus, nextFrame);
  const offs = [
    api.on('health:batch', ({ designId, ...b }) => batches.add(designId, b)),
    api.on('health:status', (status) => healthStore.setState({ status, live: status.running })),
  ];
  // A window opened while a watch runs (a second window, the wall screen) starts from the snapshot.
  void api.invoke('health:snapshot', {}).then((snap) => {
    if (!snap) return;
    batches.flush();
    applySnapshot(snap);
    app.getState().setHealth(Object.fromEntries(snap.nodes.map((n) => [n.nodeId, toSlice(n)])));
  }, () => undefined);
  void api.invoke('health:status', {}).then((status) => healthStore.setState({ status }), () => undefined);
  started = () => {
    offs.forEach((f) => f());
    started = undefined;
  };
  return started;
}

/** Clears the mirrored colours and edge marks (live mode stopped). */
export function clearMirror(app: AppStore): void {
  const ids = [...app.getState().health.keys()];
  app.getState().setHealth(Object.fromEntries(ids.map((id) => [id, null])));
  healthStore.setState({ edges: new Map() });
}
