// A resource on the canvas: an AWS icon card with its name and most telling property; a plain tile when zoomed far out.
import { memo } from 'react';
import { Handle, Position, useStore as useFlowStore, type NodeProps } from '@xyflow/react';
import { GROUP_TINT, iconOf, KIND_INFO, subLabel } from '../kinds/catalog';
import type { FlowNode } from './derive';
import { NodeBadges } from './NodeBadges';

/** Below this zoom, cards become plain tiles (no icon, text or handles): unreadable anyway, and far cheaper to draw. */
export const DETAIL_ZOOM = 0.35;
const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

export const ResourceNode = memo(function ResourceNode({ id, data, selected }: NodeProps<FlowNode>) {
  const n = data.node;
  const simple = useFlowStore(zoomedOut);
  if (simple) {
    return (
      <div className={`ha-node ha-node-tile${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`} data-kind={n.kind} style={{ borderLeftColor: GROUP_TINT[KIND_INFO[n.kind].group] }}>
        <NodeBadges id={id} />
      </div>
    );
  }
  const icon = iconOf(n);
  return (
    <div className={`ha-node${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`} data-kind={n.kind}>
      <Handle type="target" position={Position.Left} className="ha-handle" />
      {icon && <img className="ha-node-icon" src={icon} alt="" draggable={false} />}
      <div className="ha-node-text">
        <div className="ha-node-name" title={n.name}>{n.name}</div>
        <div className="ha-node-sub" title={subLabel(n)}>{subLabel(n)}</div>
      </div>
      <NodeBadges id={id} />
      <Handle type="source" position={Position.Right} className="ha-handle" />
    </div>
  );
});
