// The health bridge: subscribes once to the health events and gathers what arrives into one update per animation
// frame: the feature store (badges of the changed nodes only), the app store's health slice (changed nodes only),
// the flow marks of the traffic edges, and desktop notifications.
import type { EdgeHealth, HealthChange, TimelineEntry } from '../../../src/health/types';
import type { HaApi } from '../../../src/ipc/api';
import type { AppStore } from '../../store';
import { edgeMarks, toSlice } from './mirror';
import { alertsFor, showAlerts } from './notify';
import { applyBatch, applySnapshot, healthStore, subscribedNodes } from './store';

let started: (() => void) | undefined;

/**
 * Marks traffic edges with their flow as a `data-flow` attribute on the edge element (static rules in
 * health.css colour them). An attribute restyles one edge; rewriting a style sheet would restyle the whole canvas.
 * One pass over the edges React Flow draws (it draws only what is in view), each looked up in the marks: one
 * selector per document lookup would scan the whole canvas per edge. Edges React Flow re-creates (scrolled back
 * into view) get their mark again on the next batch or the next second's pass.
 */
export function markEdges(root: ParentNode | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!root) return;
  const marks = edgeMarks(healthStore.getState().edges.values());
  for (const el of root.querySelectorAll('.react-flow__edge')) {
    const flow = marks.get(el.getAttribute('data-id') ?? '');
    if (flow === undefined) { if (el.hasAttribute('data-flow')) el.removeAttribute('data-flow'); }
    else if (el.getAttribute('data-flow') !== flow) el.setAttribute('data-flow', flow);
  }
}

/**
 * Edge flow marks are applied at most once a second, in the frame of a batch. A traffic edge's bounds span whatever
 * it connects (a target group fans out across the canvas), so restyling one re-rasters most of the edges' tiles —
 * in software, on the shared cores, the largest cost of a health batch (trace: raster workers busy ~4 s of 9 while
 * streaming). Riding on a batch's frame keeps the number of heavy frames down to the batches'. Dots and chips stay
 * per frame; edges follow within a second or two.
 */
export const EDGE_MARK_INTERVAL_MS = 1000;

/** Edge marking, rate-limited: `inFrame` from a batch's frame, `tick` from the once-a-second re-mark. */
export interface EdgeMarker {
  /** Edges changed: mark now if `interval` has passed since the last marking, else in a later batch's frame (or after two intervals at most). */
  inFrame(): void;
  /** Re-mark what React Flow re-created (scrolled into view), unless changes already wait for a batch's frame. */
  tick(): void;
}

/** A rate-limited edge marker around `mark`. */
export function edgeMarker(mark: () => void, interval = EDGE_MARK_INTERVAL_MS): EdgeMarker {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    last = Date.now();
    mark();
  };
  return {
    inFrame() {
      if (Date.now() - last >= interval) run();
      else timer ??= setTimeout(run, last + 2 * interval - Date.now());
    },
    tick() {
      if (timer === undefined) run();
    },
  };
}

/**
 * Above this many drawn nodes, dots and chips are not given layers of their own. A layer per dot keeps a state
 * change from re-rasterising the edge-filled tiles under it (zoomed in: raster busy ~4 s → ~1.2 s of 8 s), but with
 * every node in view (954 instances) layerisation alone took ~90 ms a frame; zoomed out, tiles are cheap to raster.
 */
export const BADGE_LAYER_LIMIT = 150;

/** Turns badge layers on or off (a class on the root element, health.css) by how many nodes are drawn. */
export function updateBadgeLayers(drawn: number = subscribedNodes(), root: Element | undefined = typeof document === 'undefined' ? undefined : document.documentElement): void {
  const on = drawn > 0 && drawn <= BADGE_LAYER_LIMIT;
  if (root && root.classList.contains('hh-badge-layers') !== on) root.classList.toggle('hh-badge-layers', on);
}

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
  app: AppStore, focus: (nodeId: string) => void, schedule: Schedule = nextFrame, marker: EdgeMarker = edgeMarker(() => markEdges()), mirrorInterval = APP_MIRROR_INTERVAL_MS,
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
    if (p.edges.length) marker.inFrame();
    updateBadgeLayers();
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
  const marker = edgeMarker(() => markEdges());
  const batches = createCoalescer(app, focus, nextFrame, marker);
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
    markEdges();
  }, () => undefined);
  void api.invoke('health:status', {}).then((status) => healthStore.setState({ status }), () => undefined);
  // Re-marks edges React Flow re-created (scrolled into view) while anything is marked: one pass a second.
  const tick = typeof window === 'undefined' ? undefined : window.setInterval(() => {
    const s = healthStore.getState();
    if (s.live && s.edges.size) marker.tick();
    updateBadgeLayers();
  }, 1000);
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
