// The health bridge: subscribes once to the health events, writes them into the feature store, mirrors node
// states into the app store's health slice and edge flow into a style sheet, and raises desktop notifications.
import type { HaApi } from '../../../src/ipc/api';
import type { AppStore } from '../../store';
import { edgeCss, toSlice } from './mirror';
import { alertsFor, showAlerts } from './notify';
import { applyChanges, applyEdges, applySnapshot, applyTimeline, healthStore } from './store';

let started: (() => void) | undefined;

/** Rewrites the edge style sheet only when its text changes: any style sheet change restyles the whole canvas. */
function writeEdgeCss(): void {
  const sheet = styleSheet();
  const css = edgeCss(healthStore.getState().edges.values());
  if (sheet && sheet.textContent !== css) sheet.textContent = css;
}

function styleSheet(): HTMLStyleElement | undefined {
  if (typeof document === 'undefined') return undefined;
  let el = document.getElementById('ha-health-edges') as HTMLStyleElement | null;
  if (!el) {
    el = document.createElement('style');
    el.id = 'ha-health-edges';
    document.head.appendChild(el);
  }
  return el;
}

/** Starts the bridge (idempotent); returns a stop function for tests. `focus` selects a node (notification clicks). */
export function ensureHealthBridge(api: HaApi, app: AppStore, focus: (nodeId: string) => void): () => void {
  if (started) return started;
  const mirror = (ids: Iterable<string>) => {
    const nodes = healthStore.getState().nodes;
    const updates: Record<string, ReturnType<typeof toSlice> | null> = {};
    for (const id of ids) {
      const h = nodes.get(id);
      updates[id] = h ? toSlice(h) : null;
    }
    app.getState().setHealth(updates);
  };
  const offs = [
    api.on('health:changes', ({ designId, changes }) => {
      applyChanges(designId, changes);
      mirror(changes.map((c) => c.nodeId));
      const design = app.getState().design;
      if (design.id === designId) showAlerts(alertsFor(design, changes), focus);
    }),
    api.on('health:edges', ({ designId, edges }) => {
      applyEdges(designId, edges);
      writeEdgeCss();
    }),
    api.on('health:timeline', ({ designId, entries }) => applyTimeline(designId, entries)),
    api.on('health:status', (status) => healthStore.setState({ status, live: status.running })),
  ];
  // A window opened while a watch runs (a second window, the wall screen) starts from the snapshot.
  void api.invoke('health:snapshot', {}).then((snap) => {
    if (!snap) return;
    applySnapshot(snap);
    mirror(snap.nodes.map((n) => n.nodeId));
    writeEdgeCss();
  }, () => undefined);
  void api.invoke('health:status', {}).then((status) => healthStore.setState({ status }), () => undefined);
  started = () => {
    offs.forEach((f) => f());
    started = undefined;
  };
  return started;
}

/** Clears the mirrored colours and edge styles (live mode stopped). */
export function clearMirror(app: AppStore): void {
  const ids = [...app.getState().health.keys()];
  app.getState().setHealth(Object.fromEntries(ids.map((id) => [id, null])));
  const sheet = styleSheet();
  if (sheet) sheet.textContent = '';
}
