// Mounts the live layer (live-layer.ts) inside the viewport, above nodes and edges, so it pans and zooms with them.
import { ViewportPortal } from '@xyflow/react';
import { setLiveLayer } from './live-layer';

/** A composited container for live badges on nodes and marks on edges (see live-layer.ts). */
export function LiveLayer() {
  return (
    <ViewportPortal>
      <div className="ha-live-layer" ref={setLiveLayer} />
    </ViewportPortal>
  );
}
