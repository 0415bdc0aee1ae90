// React Flow nodes and edges derived from the design: memoised per model object, so one node's change re-creates one RF node.
import type { Edge, Node } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { Design, DesignEdge, DesignNode } from '../../src/model';
import { isContainer } from '../../src/model';
import { nodeSize } from '../../src/layout/sizes';

export interface FlowNodeData extends Record<string, unknown> { readonly node: DesignNode }
export interface FlowEdgeData extends Record<string, unknown> { readonly edge: DesignEdge }
export type FlowNode = Node<FlowNodeData>;
export type FlowEdge = Edge<FlowEdgeData>;

/** Transient geometry while dragging or resizing, before the change is committed to the design. */
export interface Overlay { readonly position?: { x: number; y: number }; readonly width?: number; readonly height?: number }

const HANDLE = 10;
const orderCache = new WeakMap<readonly DesignNode[], readonly DesignNode[]>();
const nodeCache = new WeakMap<DesignNode, FlowNode>();
const edgeCache = new WeakMap<DesignEdge, FlowEdge>();

/** The nodes with every parent before its children, as React Flow sub-flows require (cached per nodes array). */
export function orderedNodes(design: Design): readonly DesignNode[] {
  const hit = orderCache.get(design.nodes);
  if (hit) return hit;
  const seen = new Set<string>();
  let inOrder = true;
  for (const n of design.nodes) {
    if (n.parent !== undefined && !seen.has(n.parent)) { inOrder = false; break; }
    seen.add(n.id);
  }
  let result: readonly DesignNode[] = design.nodes;
  if (!inOrder) {
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    const depth = new Map<string, number>();
    const depthOf = (n: DesignNode, guard = 0): number => {
      const known = depth.get(n.id);
      if (known !== undefined) return known;
      const p = n.parent !== undefined && guard < 64 ? byId.get(n.parent) : undefined;
      const d = p ? depthOf(p, guard + 1) + 1 : 0;
      depth.set(n.id, d);
      return d;
    };
    result = design.nodes.map((n, i) => ({ n, d: depthOf(n), i })).sort((a, b) => a.d - b.d || a.i - b.i).map((x) => x.n);
  }
  orderCache.set(design.nodes, result);
  return result;
}

function handlesOf(width: number, height: number): FlowNode['handles'] {
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y: height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y: height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  ];
}

function build(n: DesignNode, selected: boolean, o?: Overlay): FlowNode {
  const size = nodeSize(n);
  const width = o?.width ?? size.width;
  const height = o?.height ?? size.height;
  return {
    id: n.id,
    type: isContainer(n) ? 'container' : 'resource',
    position: o?.position ?? n.position,
    parentId: n.parent,
    data: { node: n },
    selected,
    width,
    height,
    // Known sizes and handles: React Flow needs no DOM measuring, and edges of never-rendered nodes still draw.
    measured: { width, height },
    handles: handlesOf(width, height),
    className: isContainer(n) ? `ha-container-node kind-${n.kind}` : undefined,
  };
}

/** One RF node, reused while its model node and selection state are unchanged. */
export function toFlowNode(n: DesignNode, selected: boolean, overlay?: Overlay): FlowNode {
  if (overlay) return build(n, selected, overlay);
  const hit = nodeCache.get(n);
  if (hit && hit.selected === selected) return hit;
  const rf = build(n, selected);
  nodeCache.set(n, rf);
  return rf;
}

/** The RF nodes of a design, parents first: all, or only the render window's `members`. */
export function deriveNodes(design: Design, selected: ReadonlySet<string>, overlay?: ReadonlyMap<string, Overlay>, members?: ReadonlySet<string>): FlowNode[] {
  const ordered = orderedNodes(design);
  const out: FlowNode[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const n = ordered[i]!;
    if (members && !members.has(n.id)) continue;
    out.push(toFlowNode(n, selected.has(n.id), overlay?.get(n.id)));
  }
  return out;
}

export const EDGE_COLOURS: Readonly<Record<DesignEdge['kind'], string>> = {
  traffic: '#232f3e',
  dependency: '#8c4fff',
  replication: '#3b48cc',
  link: '#7aa116',
};

/** The label drawn on an edge: listener, endpoint, failover role, or the user's label. */
export function edgeLabel(e: DesignEdge): string {
  if (e.label) return e.label;
  switch (e.kind) {
    case 'traffic':
      if (e.listener) return `${e.listener.protocol}:${e.listener.port}`;
      if (e.dns) return [e.dns.failoverRole, e.dns.region].filter(Boolean).join(' · ');
      return '';
    case 'dependency': return e.endpoint ?? '';
    case 'replication': return e.mode === 'sync' ? 'sync' : 'async';
    case 'link': return '';
  }
}

/** Kinds drawn with an arrowhead (defined once by EdgeMarkers). */
export const ARROWED: readonly DesignEdge['kind'][] = ['traffic', 'dependency', 'replication'];

/** The id of the arrowhead at the end of an edge of this kind (undefined: none). */
export function markerIdOf(kind: DesignEdge['kind'], selected: boolean): string | undefined {
  if (!ARROWED.includes(kind)) return undefined;
  return selected ? 'ha-arrow-selected' : `ha-arrow-${kind}`;
}

/** One RF edge, reused while its model edge and selection state are unchanged. */
export function toFlowEdge(e: DesignEdge, selected: boolean): FlowEdge {
  const hit = edgeCache.get(e);
  if (hit && hit.selected === selected) return hit;
  const rf: FlowEdge = {
    id: e.id,
    source: e.source,
    target: e.target,
    type: 'design',
    data: { edge: e },
    selected,
    // A marker id, not a marker object: the arrowheads are defined once by EdgeMarkers.
    markerEnd: markerIdOf(e.kind, selected),
  };
  edgeCache.set(e, rf);
  return rf;
}

/** The RF edges of a design: all, or those with both ends among the render window's `members`. */
export function deriveEdges(design: Design, selected: ReadonlySet<string>, members?: ReadonlySet<string>): FlowEdge[] {
  const out: FlowEdge[] = [];
  for (const e of design.edges) {
    if (members && !(members.has(e.source) && members.has(e.target))) continue;
    out.push(toFlowEdge(e, selected.has(e.id)));
  }
  return out;
}
