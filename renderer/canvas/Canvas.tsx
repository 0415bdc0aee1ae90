// The canvas: React Flow over the derived nodes and edges; drops, moves, resizes, connections and selection come back as store updates.
import { useCallback, useEffect, useMemo, type DragEvent } from 'react';
import {
  Background, BackgroundVariant, ConnectionLineType, Controls, MiniMap, ReactFlow, SelectionMode, useKeyPress,
  type Connection, type EdgeChange, type NodeChange, type OnConnectEnd, type OnNodeDrag,
} from '@xyflow/react';
import type { NodeKind } from '../../src/model';
import { indexDesign, planConnection } from '../../src/model';
import { appStore, useApp } from '../store';
import { ContainerNode } from './ContainerNode';
import { DesignEdgeView } from './DesignEdgeView';
import { EdgeMarkers } from './EdgeMarkers';
import { deriveEdges, deriveNodes, type FlowEdge, type FlowNode, type Overlay } from './derive';
import { getFlow, setFlow, type Flow } from './flow-ref';
import { connectNodes, dropKind, moveNodes } from './ops';
import { clearOverlay, setOverlay, useOverlay } from './overlay';
import { ResourceNode } from './ResourceNode';

export const KIND_MIME = 'application/x-ha-kind';
const nodeTypes = { resource: ResourceNode, container: ContainerNode };
const edgeTypes = { design: DesignEdgeView };
const SNAP: [number, number] = [8, 8];
const MINIMAP_SIZE = { width: 180, height: 120 };
const MULTI = ['Shift', 'Meta', 'Control'];
const MINIMAP_COLOURS: Partial<Record<NodeKind, string>> = { region: 'rgba(0,164,166,0.10)', vpc: 'rgba(140,79,255,0.10)', az: 'rgba(0,115,187,0.06)', subnet: 'rgba(122,161,22,0.12)' };

function applySelection(changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[]): void {
  const add: string[] = [];
  const remove: string[] = [];
  for (const c of changes) if (c.type === 'select') (c.selected ? add : remove).push(c.id);
  if (!add.length && !remove.length) return;
  const s = appStore.getState();
  const next = new Set(s.selected);
  for (const id of remove) next.delete(id);
  for (const id of add) next.add(id);
  s.select(next);
}

const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
  let overlay: Map<string, Overlay> | undefined;
  for (const c of changes) {
    if (c.type === 'position' && c.dragging && c.position) (overlay ??= new Map()).set(c.id, { position: c.position });
    if (c.type === 'dimensions' && c.resizing && c.dimensions) (overlay ??= new Map()).set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
  }
  if (overlay) setOverlay(overlay);
  applySelection(changes);
};
const onEdgesChange = (changes: EdgeChange<FlowEdge>[]) => applySelection(changes);
const onNodeDragStop: OnNodeDrag<FlowNode> = (_e, _node, nodes) => {
  moveNodes(appStore, nodes.map((n) => ({ id: n.id, position: n.position })));
  clearOverlay();
};
const onConnect = (c: Connection) => { connectNodes(appStore, c.source, c.target); };
// A drop on a node that planConnection refuses never reaches onConnect: say why here.
const onConnectEnd: OnConnectEnd = (_e, state) => {
  if (state.isValid !== false || !state.fromNode || !state.toNode || state.fromNode.id === state.toNode.id) return;
  const reversed = state.fromHandle?.type === 'target';
  const [source, target] = reversed ? [state.toNode.id, state.fromNode.id] : [state.fromNode.id, state.toNode.id];
  const plan = planConnection(indexDesign(appStore.getState().design), source, target);
  if (!plan.ok) appStore.getState().toast('error', plan.reason);
};
const isValidConnection = (c: Connection | FlowEdge) => planConnection(indexDesign(appStore.getState().design), c.source, c.target).ok;
const onInit = (flow: Flow) => setFlow(flow);
const onDragOver = (e: DragEvent) => {
  if (e.dataTransfer.types.includes(KIND_MIME)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }
};
const minimapColour = (n: FlowNode) => MINIMAP_COLOURS[n.data.node.kind] ?? '#ff9900';

export function Canvas() {
  const design = useApp((s) => s.design);
  const selected = useApp((s) => s.selected);
  const minimap = useApp((s) => s.minimap);
  const snap = useApp((s) => s.snapToGrid);
  const overlay = useOverlay();
  // Space + drag pans, over nodes too (a draggable node would take the drag): dragging a big container moves
  // thousands of children a frame, which is what "panning" used to do when it started over a region or VPC.
  const spaceHeld = useKeyPress('Space');
  const nodes = useMemo(() => deriveNodes(design, selected, overlay), [design, selected, overlay]);
  const edges = useMemo(() => deriveEdges(design, selected), [design, selected]);
  // Lets the benchmark see when a new design reached the DOM.
  useEffect(() => { performance.mark('ha:canvas:commit'); }, [design]);

  const onDrop = useCallback((e: DragEvent) => {
    const kind = e.dataTransfer.getData(KIND_MIME) as NodeKind;
    const flow = getFlow();
    if (!kind || !flow) return;
    e.preventDefault();
    dropKind(appStore, kind, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, []);

  return (
    <div className="ha-canvas" data-testid="canvas" onDrop={onDrop} onDragOver={onDragOver}>
      <EdgeMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onInit={onInit}
        onlyRenderVisibleElements
        nodesDraggable={!spaceHeld}
        snapToGrid={snap}
        snapGrid={SNAP}
        minZoom={0.05}
        maxZoom={2.5}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI}
        selectionMode={SelectionMode.Partial}
        connectionLineType={ConnectionLineType.Bezier}
        connectionRadius={28}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} color="#c5ccd6" />
        <Controls showInteractive={false} position="bottom-left" />
        {minimap && <MiniMap<FlowNode> pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={0} maskColor="rgba(35,47,62,0.08)" position="bottom-right" style={MINIMAP_SIZE} />}
      </ReactFlow>
    </div>
  );
}
