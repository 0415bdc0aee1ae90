// An edge drawn by kind: traffic solid with an arrow, dependency dashed, replication dotted, link thick; labelled.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { EDGE_MARKS } from '../features';
import { EDGE_COLOURS, edgeLabel, type FlowEdge } from './derive';

const DASH = { traffic: undefined, dependency: '7 5', replication: '2 5', link: undefined } as const;
const WIDTH = { traffic: 1.75, dependency: 1.75, replication: 2, link: 4 } as const;

export const DesignEdgeView = memo(function DesignEdgeView(p: EdgeProps<FlowEdge>) {
  const e = p.data!.edge;
  const [path, lx, ly] = getBezierPath({ sourceX: p.sourceX, sourceY: p.sourceY, targetX: p.targetX, targetY: p.targetY, sourcePosition: p.sourcePosition, targetPosition: p.targetPosition });
  const colour = p.selected ? '#ff9900' : EDGE_COLOURS[e.kind];
  const label = edgeLabel(e);
  return (
    <>
      <BaseEdge id={p.id} path={path} markerEnd={p.markerEnd} interactionWidth={14}
        style={{ stroke: colour, strokeWidth: WIDTH[e.kind] + (p.selected ? 1 : 0), strokeDasharray: DASH[e.kind], strokeLinecap: 'round' }} />
      {EDGE_MARKS.map((m) => <m.component key={m.id} edgeId={p.id} x={lx} y={ly} />)}
      {label && (
        // HTML labels sit above the nodes, so a short edge between adjacent cards keeps its label readable.
        <EdgeLabelRenderer>
          <div className="ha-edge-label nodrag nopan" data-testid={`edge-label-${p.id}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)`, color: colour, borderColor: colour }}>{label}</div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
