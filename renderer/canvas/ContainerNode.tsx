// A container (region, VPC, AZ, subnet) drawn as an AWS group box, resizable when selected.
import { memo, useCallback } from 'react';
import { Handle, NodeResizer, Position, type NodeProps, type ResizeParams } from '@xyflow/react';
import { MIN_CONTAINER_SIZE } from '../../src/layout/sizes';
import { iconOf, subLabel } from '../kinds/catalog';
import { appStore } from '../store';
import type { FlowNode } from './derive';
import { planResize } from './moves';
import { clearOverlay } from './overlay';
import { NodeBadges } from './NodeBadges';

export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<FlowNode>) {
  const n = data.node;
  const icon = iconOf(n);
  const variant = n.kind === 'subnet' ? (n.public ? ' is-public' : ' is-private') : '';
  const onResizeEnd = useCallback((_: unknown, p: ResizeParams) => {
    const s = appStore.getState();
    const plan = planResize(s.design, id, p);
    if (plan.ok) s.apply(plan.changes, { label: 'Resize' });
    clearOverlay([id]);
  }, [id]);
  return (
    <div className={`ha-group ha-group-${n.kind}${variant}${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`} data-kind={n.kind}>
      <NodeResizer isVisible={selected} minWidth={MIN_CONTAINER_SIZE.width} minHeight={MIN_CONTAINER_SIZE.height} onResizeEnd={onResizeEnd} lineClassName="ha-resize-line" handleClassName="ha-resize-handle" />
      <div className="ha-group-header">
        {icon ? <img className="ha-group-icon" src={icon} alt="" draggable={false} /> : null}
        <span className="ha-group-name">{n.name}</span>
        {n.kind !== 'region' && n.kind !== 'az' || n.name !== subLabel(n) ? <span className="ha-group-sub">{subLabel(n)}</span> : null}
      </div>
      <NodeBadges id={id} />
      <Handle type="target" position={Position.Left} className="ha-handle" />
      <Handle type="source" position={Position.Right} className="ha-handle" />
    </div>
  );
});
