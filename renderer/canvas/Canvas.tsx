// The canvas: React Flow over the derived nodes and edges; drops, moves, resizes, connections and selection come back as store updates.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  ConnectionLineType, Controls, ReactFlow, SelectionMode,
  type Connection, type EdgeChange, type NodeChange, type OnConnectEnd, type OnNodeDrag,
} from '@xyflow/react';
import type { NodeKind } from '../../src/model';
import { indexDesign, planConnection } from '../../src/model';
import { appStore, useApp } from '../store';
import { ContainerNode } from './ContainerNode';
import { DesignEdgeView } from './DesignEdgeView';
import { DotGrid } from './DotGrid';
import { EdgeMarkers } from './EdgeMarkers';
import { deriveEdges, deriveNodes, type FlowEdge, type FlowNode, type Overlay } from './derive';
import { getFlow, setFlow, type Flow } from './flow-ref';
import { LiveLayer } from './LiveLayer';
import { LodLayer, MAX_MOUNTED } from './LodLayer';
import { connectNodes, dropKind, moveNodes } from './ops';
import { clearOverlay, setOverlay, useOverlay } from './overlay';
import { Overview } from './Overview';
import { ResourceNode } from './ResourceNode';
import { boundsOf, MAX_ZOOM, MIN_ZOOM, unionBox, withDesignFit } from './viewport';
import { WINDOW_MIN_NODES, windowMembers, type RenderWindow } from './window';
import { WindowTracker } from './WindowTracker';
import { useSpacePan } from './space-pan';
import './viewport.css';

export const KIND_MIME = 'application/x-ha-kind';
const nodeTypes = { resource: ResourceNode, container: ContainerNode };
const edgeTypes = { design: DesignEdgeView };
const SNAP: [number, number] = [8, 8];
const MULTI = ['Shift', 'Meta', 'Control'];
const NONE: ReadonlySet<string> = new Set();
// Room for connections that bulge out of the design's bounds.
const DOT_MARGIN = 400;

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
const onDragOver = (e: DragEvent) => {
  if (e.dataTransfer.types.includes(KIND_MIME)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }
};

export function Canvas() {
  const design = useApp((s) => s.design);
  const selected = useApp((s) => s.selected);
  const minimap = useApp((s) => s.minimap);
  const snap = useApp((s) => s.snapToGrid);
  const overlay = useOverlay();
  // Big designs: React Flow gets only the nodes in the render window (the view plus an overscan margin), so a
  // pan inside it only moves the composited viewport layer; small ones are given whole.
  const windowed = design.nodes.length > WINDOW_MIN_NODES;
  const [win, setWin] = useState<RenderWindow | undefined>(undefined);
  // Another design: its window is unknown until the tracker has seen the viewport (mount nothing meanwhile).
  const [winOf, setWinOf] = useState(design.id);
  if (winOf !== design.id) { setWinOf(design.id); setWin(undefined); }
  const found = useMemo(() => (windowed && win ? windowMembers(design, win.box) : undefined), [windowed, win, design]);
  // Far zoomed out, the window is drawn as one picture (LodLayer) and nothing is mounted.
  const drawn = found !== undefined && found.size > MAX_MOUNTED;
  const members = drawn || (windowed && !win) ? NONE : found;
  const nodes = useMemo(() => deriveNodes(design, selected, overlay, members), [design, selected, overlay, members]);
  const edges = useMemo(() => deriveEdges(design, selected, members), [design, selected, members]);
  // The dot grid spans the window and the whole design: every node then lies inside the viewport layer's first
  // picture, so the compositor keeps the viewport as one layer (a big container sticking out of it would be split off
  // into layers of its own, each redrawn on every frame of a pan).
  const bounds = useMemo(() => boundsOf(design), [design]);
  const dotBox = useMemo(() => (win ? unionBox(win.box, bounds, DOT_MARGIN) : undefined), [win, bounds]);
  const pane = useRef<HTMLDivElement>(null);
  // Space + drag pans, over nodes too: dragging a big container instead would move thousands of children a frame.
  useSpacePan(pane);
  const onInit = useCallback((flow: Flow) => {
    setFlow(withDesignFit(flow, () => appStore.getState().design, () => pane.current ? { width: pane.current.clientWidth, height: pane.current.clientHeight } : undefined));
  }, []);
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
    <div className="ha-canvas" data-testid="canvas" ref={pane} onDrop={onDrop} onDragOver={onDragOver}>
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
        onlyRenderVisibleElements={!windowed}
        snapToGrid={snap}
        snapGrid={SNAP}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI}
        selectionMode={SelectionMode.Partial}
        connectionLineType={ConnectionLineType.Bezier}
        connectionRadius={28}
        proOptions={{ hideAttribution: true }}
      >
        <DotGrid box={dotBox} />
        {drawn && win && <LodLayer design={design} box={win.box} zoom={win.zoom} />}
        <LiveLayer />
        <WindowTracker current={win} onWindow={setWin} />
        <Controls showInteractive={false} position="bottom-left" />
        {minimap && <Overview design={design} />}
      </ReactFlow>
    </div>
  );
}
