// The minimap: every node of the design drawn once per change on a 2D canvas (10,000 boxes take a few ms), and the
// viewport as a rectangle moved on pan; click or drag to move the view, wheel to zoom.
import { useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import type { Design, NodeKind } from '../../src/model';
import { isContainer } from '../../src/model';
import { absoluteRects } from './geometry';
import { boundsOf, MAX_ZOOM, MIN_ZOOM } from './viewport';
import type { Box } from './window';

const W = 180, H = 120, PAD = 6;
const FILL: Partial<Record<NodeKind, string>> = { region: 'rgba(0,164,166,0.10)', vpc: 'rgba(140,79,255,0.10)', az: 'rgba(0,115,187,0.06)', subnet: 'rgba(122,161,22,0.14)' };

interface Frame { readonly bounds: Box; readonly scale: number; readonly ox: number; readonly oy: number }

/** How flow coordinates map onto the minimap for these bounds. */
function frameOf(bounds: Box): Frame {
  const scale = Math.min((W - 2 * PAD) / Math.max(bounds.width, 1), (H - 2 * PAD) / Math.max(bounds.height, 1));
  return { bounds, scale, ox: (W - bounds.width * scale) / 2 - bounds.x * scale, oy: (H - bounds.height * scale) / 2 - bounds.y * scale };
}

function draw(ctx: CanvasRenderingContext2D, design: Design, f: Frame): void {
  ctx.clearRect(0, 0, W, H);
  const rects = absoluteRects(design);
  for (const n of design.nodes) {
    const r = rects.get(n.id)!;
    const x = r.x * f.scale + f.ox, y = r.y * f.scale + f.oy;
    const w = Math.max(r.width * f.scale, 1), h = Math.max(r.height * f.scale, 1);
    if (isContainer(n)) { ctx.fillStyle = FILL[n.kind] ?? 'rgba(135,149,150,0.1)'; ctx.fillRect(x, y, w, h); }
    else { ctx.fillStyle = '#ff9900'; ctx.fillRect(x, y, w, h); }
  }
}

/** The minimap panel (bottom right); `design` is the drawn design. */
export function Overview({ design }: { readonly design: Design }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const frame = useRef<Frame | undefined>(undefined);
  const store = useStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    const bounds = boundsOf(design) ?? { x: 0, y: 0, width: 1000, height: 700 };
    const f = frameOf(bounds);
    frame.current = f;
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = W * dpr; c.height = H * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    draw(ctx, design, f);
    const place = (s: { transform: [number, number, number]; width: number; height: number }) => {
      const el = view.current;
      if (!el || !s.width) return;
      const [tx, ty, z] = s.transform;
      const x = (-tx / z) * f.scale + f.ox, y = (-ty / z) * f.scale + f.oy;
      el.style.transform = `translate(${x}px, ${y}px)`;
      el.style.width = `${(s.width / z) * f.scale}px`;
      el.style.height = `${(s.height / z) * f.scale}px`;
    };
    place(store.getState());
    return store.subscribe(place);
  }, [design, store]);

  const toFlow = (e: PointerEvent | WheelEvent) => {
    const f = frame.current!;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return { x: (e.clientX - box.left - f.ox) / f.scale, y: (e.clientY - box.top - f.oy) / f.scale };
  };
  const centre = (e: PointerEvent) => { const p = toFlow(e); void flow.setCenter(p.x, p.y, { zoom: store.getState().transform[2] }); };
  const onPointerDown = (e: PointerEvent) => { e.currentTarget.setPointerCapture(e.pointerId); centre(e); };
  const onPointerMove = (e: PointerEvent) => { if (e.currentTarget.hasPointerCapture(e.pointerId)) centre(e); };
  const onWheel = (e: WheelEvent) => { const z = store.getState().transform[2]; void flow.zoomTo(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z * (e.deltaY < 0 ? 1.2 : 1 / 1.2)))); };

  return (
    <Panel position="bottom-right" className="react-flow__minimap ha-overview" data-testid="minimap">
      <div className="ha-overview-body" style={{ width: W, height: H }} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onWheel={onWheel}>
        <canvas ref={canvas} style={{ width: W, height: H }} />
        <div ref={view} className="ha-overview-view" />
      </div>
    </Panel>
  );
}
