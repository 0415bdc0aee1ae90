// An edge drawn by kind: traffic solid with an arrow, dependency dashed, replication dotted, link thick; labelled.
import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { EDGE_COLOURS, edgeLabel, type FlowEdge } from './derive';

const DASH = { traffic: undefined, dependency: '7 5', replication: '2 5', link: undefined } as const;
const WIDTH = { traffic: 1.75, dependency: 1.75, replication: 2, link: 4 } as const;

export const DesignEdgeView = memo(function DesignEdgeView(p: EdgeProps<FlowEdge>) {
  const e = p.data!.edge;
  const [path, lx, ly] = getBezierPath({ sourceX: p.sourceX, sourceY: p.sourceY, targetX: p.targetX, targetY: p.targetY, sourcePosition: p.sourcePosition, targetPosition: p.targetPosition });
  const colour = p.selected ? '#ff9900' : EDGE_COLOURS[e.kind];
  const label = edgeLabel(e);
  const w = label.length * 6.4 + 12;
  return (
    <>
      <BaseEdge id={p.id} path={path} markerEnd={p.markerEnd} interactionWidth={14}
        style={{ stroke: colour, strokeWidth: WIDTH[e.kind] + (p.selected ? 1 : 0), strokeDasharray: DASH[e.kind], strokeLinecap: 'round' }} />
      {label && (
        <g transform={`translate(${lx - w / 2} ${ly - 9})`} className="ha-edge-label" data-testid={`edge-label-${p.id}`}>
          <rect width={w} height={18} rx={9} fill="#fff" stroke={colour} strokeWidth={1} />
          <text x={w / 2} y={12.5} textAnchor="middle" fill={colour}>{label}</text>
        </g>
      )}
    </>
  );
});
