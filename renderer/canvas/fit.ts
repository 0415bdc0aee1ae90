// Viewport after opening a design: fit small designs; big ones open at a readable zoom on their top-left (fitting 10,000 nodes would draw them all).
import type { Flow } from './flow-ref';

export const FIT_LIMIT = 600;

/** Call right after loading a design, in the same task: a big design's viewport is set before React renders it. */
export function fitAfterLoad(flow: () => Flow | undefined, nodeCount: number): void {
  // Set now, not in the next frame: the first render of a big design must already use the final viewport,
  // or it mounts every node visible at the old one (thousands at a fitted zoom) only to unmount them a frame later.
  if (nodeCount > FIT_LIMIT) { void flow()?.setViewport({ x: 20, y: 20, zoom: 0.6 }); return; }
  // Fitting needs the new nodes in React Flow's store: next frame.
  requestAnimationFrame(() => { void flow()?.fitView({ padding: 0.12, maxZoom: 1.1 }); });
}
