/** Auto-layout of nested containers with elkjs: places children inside their containers and sizes the containers. */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Design, DesignChange, DesignNode } from '../model';
import { indexDesign, isContainer } from '../model';
import { CONTAINER_PADDING, RESOURCE_NODE_SIZE } from './sizes';
import { growToFit } from './fit';
import { applyDesignChanges } from '../model';

/** Options of `layoutDesign`. */
export interface LayoutDesignOptions {
  /** Above this many nodes, edges are ignored and containers are packed (layered layout of huge graphs is slow). */
  readonly maxLayeredNodes?: number;
  /** Lay out only the contents of these containers (and their descendants); default: the whole design. */
  readonly roots?: readonly string[];
}

const PADDING = `[top=${CONTAINER_PADDING.top},left=${CONTAINER_PADDING.left},bottom=${CONTAINER_PADDING.bottom},right=${CONTAINER_PADDING.right}]`;

function containerOptions(node: DesignNode | undefined, layered: boolean): LayoutOptions {
  const common: LayoutOptions = { 'elk.padding': PADDING, 'elk.spacing.nodeNode': '32' };
  if (!layered) return { ...common, 'elk.algorithm': 'rectpacking', 'elk.aspectRatio': node?.kind === 'az' ? '0.6' : '1.6' };
  return {
    ...common,
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  };
}

function buildGraph(design: Design, rootIds: readonly (string | undefined)[], layered: boolean): ElkNode {
  const index = indexDesign(design);
  const toElk = (node: DesignNode): ElkNode => {
    const kids = index.children(node.id);
    if (!isContainer(node) || kids.length === 0) {
      const size = isContainer(node) ? node.size ?? { width: 240, height: 140 } : RESOURCE_NODE_SIZE;
      return { id: node.id, width: size.width, height: size.height };
    }
    return { id: node.id, layoutOptions: containerOptions(node, layered), children: kids.map(toElk) };
  };
  const roots = rootIds.flatMap((id) => (id === undefined ? index.children(undefined) : index.byId.get(id) ? [index.byId.get(id)!] : []));
  const inGraph = new Set<string>();
  const children = roots.map(toElk);
  const visit = (n: ElkNode) => { inGraph.add(n.id); n.children?.forEach(visit); };
  children.forEach(visit);
  const edges: ElkExtendedEdge[] = layered
    ? design.edges.filter((e) => inGraph.has(e.source) && inGraph.has(e.target)).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }))
    : [];
  return {
    id: '__root__',
    layoutOptions: { ...containerOptions(undefined, layered), 'elk.hierarchyHandling': layered ? 'INCLUDE_CHILDREN' : 'SEPARATE_CHILDREN' },
    children,
    edges,
  };
}

const round = (v: number) => Math.round(v);

/**
 * Lays out the design (pure; elkjs runs in-process): returns `updateNode`
 * changes setting each moved node's position (relative to its parent) and each
 * container's size. Apply them with `applyDesignChanges` as one undoable step.
 */
export async function layoutDesign(design: Design, options: LayoutDesignOptions = {}): Promise<DesignChange[]> {
  const layered = design.nodes.length <= (options.maxLayeredNodes ?? 1500);
  const roots = options.roots ?? [undefined];
  const index = indexDesign(design);
  const graph = buildGraph(design, roots, layered);
  const elk = new ELK();
  const result = await elk.layout(graph);
  const changes: DesignChange[] = [];
  const topLevel = new Set(graph.children?.map((c) => c.id));
  const emit = (n: ElkNode) => {
    const node = index.byId.get(n.id);
    if (node) {
      // Sub-tree roots keep their place; only their contents and size move.
      const position = topLevel.has(n.id) && options.roots ? node.position : { x: round(n.x ?? 0) + (topLevel.has(n.id) ? 40 : 0), y: round(n.y ?? 0) + (topLevel.has(n.id) ? 40 : 0) };
      const patch: Record<string, unknown> = {};
      if (position.x !== node.position.x || position.y !== node.position.y) patch.position = position;
      if (isContainer(node)) {
        const size = { width: round(n.width ?? 0), height: round(n.height ?? 0) };
        if (size.width > 0 && size.height > 0 && (size.width !== node.size?.width || size.height !== node.size?.height)) patch.size = size;
      }
      if (Object.keys(patch).length) changes.push({ type: 'updateNode', id: node.id, patch });
    }
    n.children?.forEach(emit);
  };
  result.children?.forEach(emit);
  if (!options.roots) return changes;
  // A re-laid-out sub-tree may have grown: its ancestors grow with it.
  return [...changes, ...growToFit(applyDesignChanges(design, changes), options.roots)];
}
