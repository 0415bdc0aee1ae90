// Mounts the live layer (live-layer.ts) inside the viewport, above nodes and edges, so it pans and zooms with them.
import { ViewportPortal } from '@xyflow/react';
import { setLiveLayer, setLiveSvg } from './live-layer';

/** A composited container for live badges and, in its SVG, marks on edges (see live-layer.ts). */
export function LiveLayer() {
  return (
    <ViewportPortal>
      <div className="ha-live-layer" ref={setLiveLayer}>
        <svg className="ha-live-svg" ref={setLiveSvg} aria-hidden="true" />
      </div>
    </ViewportPortal>
  );
}
