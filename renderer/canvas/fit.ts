// Viewport after opening a design: fit small designs; big ones open at a readable zoom on their top-left (fitting 10,000 nodes would draw them all).
import type { Flow } from './flow-ref';

export const FIT_LIMIT = 600;

export function fitAfterLoad(flow: () => Flow | undefined, nodeCount: number): void {
  requestAnimationFrame(() => {
    const f = flow();
    if (!f) return;
    if (nodeCount <= FIT_LIMIT) void f.fitView({ padding: 0.12, maxZoom: 1.1 });
    else void f.setViewport({ x: 20, y: 20, zoom: 0.6 });
  });
}
