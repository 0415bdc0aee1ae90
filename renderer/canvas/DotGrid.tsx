// The canvas's dot grid, drawn inside the viewport layer over the render window: panning moves it with the nodes
// (one composited layer, nothing repainted), instead of a full-screen background redrawn every frame.
import { useStore, ViewportPortal } from '@xyflow/react';
import type { Box } from './window';

/** Grid step in canvas units (twice the snap step, so snapped nodes line up with dots). */
export const DOT_GAP = 16;
// Below this zoom the dots are under 6 screen pixels apart: a grey haze, not a grid.
const MIN_ZOOM = 6 / DOT_GAP;
const tooFar = (s: { transform: [number, number, number] }) => s.transform[2] < MIN_ZOOM;
// The gradient centres each dot in its tile: tiles start half a step before the grid lines.
const offset = (v: number) => -((((v + DOT_GAP / 2) % DOT_GAP) + DOT_GAP) % DOT_GAP);

/** Dots over `box` (canvas coordinates), anchored to the canvas origin. */
export function DotGrid({ box }: { readonly box: Box | undefined }) {
  const hidden = useStore(tooFar);
  if (!box || hidden) return null;
  return (
    <ViewportPortal>
      <div
        className="ha-dots"
        aria-hidden="true"
        style={{ left: box.x, top: box.y, width: box.width, height: box.height, backgroundPosition: `${offset(box.x)}px ${offset(box.y)}px` }}
      />
    </ViewportPortal>
  );
}
