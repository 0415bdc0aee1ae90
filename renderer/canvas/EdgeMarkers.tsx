// Arrowheads of edges, defined once: edges name them by id, so React Flow does not derive a marker per edge on every
// edges change (createMarkerIds sorts each marker object's keys: ~0.1 s per change on a 10,000-resource design).
import { memo } from 'react';
import { ARROWED, EDGE_COLOURS } from './derive';

const SELECTED = '#ff9900';

// Same shape and size as React Flow's MarkerType.ArrowClosed at 16 × 16.
function Arrow({ id, colour }: { readonly id: string; readonly colour: string }) {
  return (
    <marker id={id} className="react-flow__arrowhead" markerWidth="16" markerHeight="16" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
      <polyline className="arrowclosed" style={{ stroke: colour, fill: colour, strokeWidth: 1 }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
    </marker>
  );
}

/** The arrowhead definitions (render once inside the canvas). */
export const EdgeMarkers = memo(function EdgeMarkers() {
  return (
    <svg className="ha-edge-markers" aria-hidden="true" style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        {ARROWED.map((k) => <Arrow key={k} id={`ha-arrow-${k}`} colour={EDGE_COLOURS[k]} />)}
        <Arrow id="ha-arrow-selected" colour={SELECTED} />
      </defs>
    </svg>
  );
});
