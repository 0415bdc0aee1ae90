// Far zoomed out on a big design, the render window holds more nodes than the DOM can take at interactive speed:
// the window is then drawn on one 2D canvas inside the viewport layer (boxes, tiles and edges), and nodes mount
// again as soon as the user zooms in far enough.
import { useEffect, useRef } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { Design, NodeKind } from '../../src/model';
import { isContainer } from '../../src/model';
import { GROUP_TINT, KIND_INFO } from '../kinds/catalog';
import { absoluteRects } from './geometry';
import type { Box } from './window';

/** More window members than this and the window is drawn, not mounted. */
export const MAX_MOUNTED = 1200;
// Canvas backing stores above ~16 M pixels fail or crawl; the drawing is scaled down to fit.
const MAX_SIDE = 4096;
const STROKE: Partial<Record<NodeKind, string>> = { region: '#00a4a6', vpc: '#8c4fff', az: '#0073bb', subnet: '#7aa116' };
const FILL: Partial<Record<NodeKind, string>> = { region: 'rgba(0,164,166,0.03)', vpc: 'rgba(140,79,255,0.03)', subnet: 'rgba(122,161,22,0.10)' };

function draw(c: HTMLCanvasElement, design: Design, box: Box, zoom: number): void {
  const dpr = window.devicePixelRatio || 1;
  const scale = Math.min(zoom * dpr, MAX_SIDE / box.width, MAX_SIDE / box.height);
  c.width = Math.max(1, Math.round(box.width * scale));
  c.height = Math.max(1, Math.round(box.height * scale));
  const ctx = c.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(scale, 0, 0, scale, -box.x * scale, -box.y * scale);
  const rects = absoluteRects(design);
  const inBox = (r: { x: number; y: number; width: number; height: number }) =>
    r.x <= box.x + box.width && r.x + r.width >= box.x && r.y <= box.y + box.height && r.y + r.height >= box.y;
  ctx.lineWidth = 1.5 / scale;
  for (const n of design.nodes) {
    const r = rects.get(n.id);
    if (!r || !inBox(r)) continue;
    if (isContainer(n)) {
      const fill = FILL[n.kind];
      if (fill) { ctx.fillStyle = fill; ctx.fillRect(r.x, r.y, r.width, r.height); }
      ctx.strokeStyle = STROKE[n.kind] ?? '#879596';
      ctx.strokeRect(r.x, r.y, r.width, r.height);
    } else {
      ctx.fillStyle = '#fff';
      ctx.fillRect(r.x, r.y, r.width, r.height);
      ctx.fillStyle = GROUP_TINT[KIND_INFO[n.kind].group];
      ctx.fillRect(r.x, r.y, Math.min(12, r.width), r.height);
    }
  }
  ctx.strokeStyle = 'rgba(35,47,62,0.35)';
  ctx.beginPath();
  for (const e of design.edges) {
    const s = rects.get(e.source), t = rects.get(e.target);
    if (!s || !t || (!inBox(s) && !inBox(t))) continue;
    ctx.moveTo(s.x + s.width, s.y + s.height / 2);
    ctx.lineTo(t.x, t.y + t.height / 2);
  }
  ctx.stroke();
}

/** The window drawn as one picture, in canvas coordinates so it pans and zooms with the viewport. */
export function LodLayer({ design, box, zoom }: { readonly design: Design; readonly box: Box; readonly zoom: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => { if (ref.current) draw(ref.current, design, box, zoom); }, [design, box, zoom]);
  return (
    <ViewportPortal>
      <canvas ref={ref} className="ha-lod" data-testid="canvas-overview-layer" style={{ left: box.x, top: box.y, width: box.width, height: box.height }} />
    </ViewportPortal>
  );
}
