// The health bridge: subscribes once to the health events, writes them into the feature store, mirrors node
// states into the app store's health slice and edge flow onto the edge elements, and raises desktop notifications.
import type { HaApi } from '../../../src/ipc/api';
import type { AppStore } from '../../store';
import { edgeMarks, toSlice } from './mirror';
import { alertsFor, showAlerts } from './notify';
import { applyChanges, applyEdges, applySnapshot, applyTimeline, healthStore } from './store';

let started: (() => void) | undefined;
let marked = new Set<string>();

/**
 * Marks traffic edges with their flow as a `data-flow` attribute on the edge element (static rules in
 * health.css colour them). An attribute restyles one edge; rewriting a style sheet would restyle the whole canvas.
 * Edges React Flow re-creates (scrolled back into view) get their mark again on the next update or tick.
 */
function markEdges(): void {
  if (typeof document === 'undefined') return;
  const marks = edgeMarks(healthStore.getState().edges.values());
  for (const id of marked) {
    if (!marks.has(id)) document.querySelector(`.react-flow__edge[data-id="${id}"]`)?.removeAttribute('data-flow');
  }
  for (const [id, flow] of marks) {
    const el = document.querySelector(`.react-flow__edge[data-id="${id}"]`);
    if (el && el.getAttribute('data-flow') !== flow) el.setAttribute('data-flow', flow);
  }
  marked = new Set(marks.keys());
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
      markEdges();
    }),
    api.on('health:timeline', ({ designId, entries }) => applyTimeline(designId, entries)),
    api.on('health:status', (status) => healthStore.setState({ status, live: status.running })),
  ];
  // A window opened while a watch runs (a second window, the wall screen) starts from the snapshot.
  void api.invoke('health:snapshot', {}).then((snap) => {
    if (!snap) return;
    applySnapshot(snap);
    mirror(snap.nodes.map((n) => n.nodeId));
    markEdges();
  }, () => undefined);
  void api.invoke('health:status', {}).then((status) => healthStore.setState({ status }), () => undefined);
  const tick = typeof window === 'undefined' ? undefined : window.setInterval(markEdges, 1000);
  started = () => {
    offs.forEach((f) => f());
    if (tick !== undefined) window.clearInterval(tick);
    started = undefined;
  };
  return started;
}

/** Clears the mirrored colours and edge marks (live mode stopped). */
export function clearMirror(app: AppStore): void {
  const ids = [...app.getState().health.keys()];
  app.getState().setHealth(Object.fromEntries(ids.map((id) => [id, null])));
  healthStore.setState({ edges: new Map() });
  markEdges();
}
