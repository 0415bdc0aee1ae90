// Zoom to fit from the design's own geometry: React Flow holds only the render window's nodes, so its fitView cannot see the rest.
import { getViewportForBounds, type FitViewOptions } from '@xyflow/react';
import type { Design } from '../../src/model';
import { absoluteRects } from './geometry';
import type { Flow } from './flow-ref';
import type { Box } from './window';

/** Zoom limits of the canvas: far enough out to fit 10,000 resources (drawn by LodLayer there), close enough to read. */
export const MIN_ZOOM = 0.01;
/** See MIN_ZOOM. */
export const MAX_ZOOM = 2.5;

/** The bounding box of some nodes (all when `ids` is omitted); undefined when none is known. */
export function boundsOf(design: Design, ids?: Iterable<string>): Box | undefined {
  const rects = absoluteRects(design);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const id of ids ?? rects.keys()) {
    const r = rects.get(id);
    if (!r) continue;
    x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.x + r.width); y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The smallest box holding `a` and `b` grown by `margin` (just `a` without `b`). */
export function unionBox(a: Box, b: Box | undefined, margin = 0): Box {
  if (!b) return a;
  const x = Math.min(a.x, b.x - margin), y = Math.min(a.y, b.y - margin);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width + margin) - x, height: Math.max(a.y + a.height, b.y + b.height + margin) - y };
}

/** The flow instance with fitView answered from the design (same options: nodes, padding, min/max zoom, duration). */
export function withDesignFit(flow: Flow, design: () => Design, pane: () => { width: number; height: number } | undefined): Flow {
  const fitView = async (o: FitViewOptions = {}): Promise<boolean> => {
    const b = boundsOf(design(), o.nodes?.map((n) => n.id));
    const size = pane();
    if (!b || !size?.width || !size.height) return false;
    const vp = getViewportForBounds(b, size.width, size.height, o.minZoom ?? MIN_ZOOM, o.maxZoom ?? MAX_ZOOM, o.padding ?? 0.1);
    return flow.setViewport(vp, o.duration ? { duration: o.duration } : undefined);
  };
  return { ...flow, fitView } as Flow;
}
