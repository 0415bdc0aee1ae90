// The render window: the part of the canvas React Flow is given, the visible area plus an overscan margin.
// Panning inside the window moves one composited layer and mounts nothing; only leaving it re-windows.
import type { Design } from '../../src/model';
import { absoluteRects } from './geometry';

/** A rectangle in flow (canvas) coordinates. */
export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
/** The window, the zoom it was computed at (its margin is in screen pixels, so it depends on zoom) and its overscan. */
export interface RenderWindow { readonly box: Box; readonly zoom: number; readonly overscan: number }
/** React Flow's viewport transform [x, y, zoom] and the pane's size in screen pixels. */
export interface View { readonly transform: readonly [number, number, number]; readonly width: number; readonly height: number }

/** Designs up to this many nodes are given to React Flow whole (windowing would cost more than it saves). */
export const WINDOW_MIN_NODES = 400;
/** Overscan on each side, as a fraction of the pane's size: about one viewport of travel before re-windowing. */
export const OVERSCAN = 0.75;
/** Overscan of a design's first window: its first paint mounts little more than what is visible. */
export const FIRST_OVERSCAN = 0.1;
/** Re-window when the zoom changed by more than this factor (the margin would be off, or nodes too many). */
const ZOOM_SLACK = 1.4;

/** The visible area in flow coordinates. */
export function visibleBox(v: View): Box {
  const [tx, ty, zoom] = v.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: v.width / zoom, height: v.height / zoom };
}

/** The window for a view: the visible area grown by `overscan` of its size on every side. */
export function windowFor(v: View, overscan = OVERSCAN): RenderWindow {
  const b = visibleBox(v);
  const mx = b.width * overscan, my = b.height * overscan;
  return { box: { x: b.x - mx, y: b.y - my, width: b.width + 2 * mx, height: b.height + 2 * my }, zoom: v.transform[2], overscan };
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Whether the view has left its window (or zoomed too far from it) and a new window is due. */
export function needsNewWindow(win: RenderWindow | undefined, v: View): boolean {
  if (!win) return true;
  const zoom = v.transform[2];
  if (zoom > win.zoom * ZOOM_SLACK || zoom < win.zoom / ZOOM_SLACK) return true;
  return !contains(win.box, visibleBox(v));
}

const intersects = (a: Box, x: number, y: number, w: number, h: number) =>
  x <= a.x + a.width && x + w >= a.x && y <= a.y + a.height && y + h >= a.y;

/**
 * The ids React Flow must hold for a window: every node overlapping it, their ancestors (sub-flows need
 * parents), and both ends of every edge that touches the window, so an edge to a far node still draws.
 */
export function windowMembers(design: Design, box: Box): Set<string> {
  const rects = absoluteRects(design);
  const parent = new Map<string, string | undefined>();
  const members = new Set<string>();
  for (const n of design.nodes) {
    parent.set(n.id, n.parent);
    const r = rects.get(n.id);
    if (r && intersects(box, r.x, r.y, r.width, r.height)) members.add(n.id);
  }
  const withAncestors = (id: string) => {
    let p = parent.get(id);
    for (let guard = 0; p !== undefined && !members.has(p) && guard < 64; guard++) { members.add(p); p = parent.get(p); }
  };
  for (const id of [...members]) withAncestors(id);
  for (const e of design.edges) {
    const s = rects.get(e.source), t = rects.get(e.target);
    if (!s || !t) continue;
    const has = members.has(e.source), hat = members.has(e.target);
    if (has && hat) continue;
    const x = Math.min(s.x, t.x), y = Math.min(s.y, t.y);
    const w = Math.max(s.x + s.width, t.x + t.width) - x, h = Math.max(s.y + s.height, t.y + t.height) - y;
    if (!has && !hat && !intersects(box, x, y, w, h)) continue;
    for (const id of [e.source, e.target]) if (!members.has(id)) { members.add(id); withAncestors(id); }
  }
  return members;
}
