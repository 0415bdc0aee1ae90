// A node's top-right corner in the live layer: badges portalled there follow the node (drags included), since React
// Flow's internal position is read, not the design's.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import { useLiveLayer } from './live-layer';

interface Props { readonly nodeId: string; readonly children: ReactNode }

/** Renders `children` at the node's top-right corner in the live layer, or in place when no canvas is mounted. */
export function NodeAnchor({ nodeId, children }: Props) {
  const layer = useLiveLayer();
  return layer ? <Anchored nodeId={nodeId} layer={layer}>{children}</Anchored> : <>{children}</>;
}

// Inside React Flow only (the live layer exists only while the canvas is mounted, and node badges render in its nodes).
function Anchored({ nodeId, layer, children }: Props & { readonly layer: HTMLElement }) {
  // One string per node: the badge re-renders only when its node moves or resizes.
  const at = useStore((s) => {
    const n = s.nodeLookup.get(nodeId);
    if (!n) return '';
    const p = n.internals.positionAbsolute;
    return `${p.x + (n.measured.width ?? 0)},${p.y},${n.type === 'container' ? 1 : 0}`;
  });
  if (!at) return null;
  const [x, y, container] = at.split(',').map(Number) as [number, number, number];
  return createPortal(
    <div className={`ha-live-anchor${container ? ' is-container' : ''}`} style={{ transform: `translate(${x}px, ${y}px)` }}>{children}</div>,
    layer,
  );
}
