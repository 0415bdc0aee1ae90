// The live React Flow instance, for actions that need the viewport (zoom to fit, paste at the view centre).
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './derive';

export type Flow = ReactFlowInstance<FlowNode, FlowEdge>;
let current: Flow | undefined;

export function setFlow(flow: Flow | undefined): void {
  current = flow;
}

export function getFlow(): Flow | undefined {
  return current;
}
