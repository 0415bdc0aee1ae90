// Drop and move as DesignChanges: placement rules (canPlace/canMove), re-parenting with coordinate conversion, containers grown to fit.
import type { Design, DesignChange, NodeKind } from '../../src/model';
import { createNode, descendants, indexDesign, isContainer } from '../../src/model';
import { growToFit } from '../../src/layout/fit';
import { RESOURCE_NODE_SIZE, nodeSize } from '../../src/layout/sizes';
import { absoluteRects, chooseParent, toRelative, type XY } from './geometry';

export type Plan = { readonly ok: true; readonly changes: DesignChange[]; readonly id?: string } | { readonly ok: false; readonly reason: string };

const GRID = 8;
const snap = (v: number) => Math.round(v / GRID) * GRID;

/** Keeps a child clear of its container's header and left border. */
function clampInside(parent: string | undefined, p: XY): XY {
  return parent === undefined ? p : { x: Math.max(8, p.x), y: Math.max(40, p.y) };
}

/** Plans dropping a new node of `kind` centred at the canvas point `at`. */
export function planDrop(design: Design, kind: NodeKind, at: XY, id: string): Plan {
  const index = indexDesign(design);
  const choice = chooseParent(index, kind, at);
  if (!choice.ok) return choice;
  const draft = createNode(index, kind, { id, parent: choice.parent });
  const size = isContainer(draft) ? nodeSize(draft) : RESOURCE_NODE_SIZE;
  const rel = toRelative(design, choice.parent, { x: at.x - size.width / 2, y: at.y - size.height / 2 });
  const position = clampInside(choice.parent, { x: snap(rel.x), y: snap(rel.y) });
  const node = { ...draft, position };
  const add: DesignChange = { type: 'addNode', node };
  const after = { ...design, nodes: [...design.nodes, node] };
  return { ok: true, id, changes: [add, ...growToFit(after, [id])] };
}

export interface Move { readonly id: string; readonly position: XY }

/**
 * Plans moving nodes to new positions (relative to their current parents, as
 * the canvas reports them): each lands in the innermost accepting container
 * under its centre. Any refusal refuses the whole move.
 */
export function planMove(design: Design, moves: readonly Move[]): Plan {
  const index = indexDesign(design);
  const rects = absoluteRects(design);
  const movedIds = new Set(moves.map((m) => m.id));
  const changes: DesignChange[] = [];
  for (const m of moves) {
    const node = index.byId.get(m.id);
    if (!node) continue;
    // A node whose ancestor moves too rides along with it.
    let riding = false;
    for (let p = node.parent; p !== undefined && !riding; p = index.byId.get(p)?.parent) riding = movedIds.has(p);
    if (riding) continue;
    const parentRect = node.parent !== undefined ? rects.get(node.parent) : undefined;
    const abs = { x: (parentRect?.x ?? 0) + m.position.x, y: (parentRect?.y ?? 0) + m.position.y };
    const size = nodeSize(node);
    const centre = { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
    const exclude = new Set([node.id, ...descendants(index, node.id).map((d) => d.id)]);
    const choice = chooseParent(index, node.kind, centre, exclude, node.kind === 'az' ? node.zone : undefined);
    if (!choice.ok) return choice;
    const rel = clampInside(choice.parent, toRelative(design, choice.parent, abs));
    const position = { x: Math.round(rel.x), y: Math.round(rel.y) };
    const patch: Record<string, unknown> = {};
    if (position.x !== node.position.x || position.y !== node.position.y) patch.position = position;
    if (choice.parent !== node.parent) patch.parent = choice.parent;
    if (Object.keys(patch).length) changes.push({ type: 'updateNode', id: node.id, patch });
  }
  if (changes.length === 0) return { ok: true, changes };
  let after = design;
  for (const c of changes) {
    if (c.type !== 'updateNode') continue;
    after = { ...after, nodes: after.nodes.map((n) => (n.id === c.id ? ({ ...n, ...c.patch } as typeof n) : n)) };
  }
  return { ok: true, changes: [...changes, ...growToFit(after, changes.map((c) => (c as { id: string }).id))] };
}

/** Plans resizing a container (from the resize handles), never smaller than its contents. */
export function planResize(design: Design, id: string, box: { x: number; y: number; width: number; height: number }): Plan {
  const index = indexDesign(design);
  const node = index.byId.get(id);
  if (!node || !isContainer(node)) return { ok: true, changes: [] };
  const position = { x: Math.round(box.x), y: Math.round(box.y) };
  const dx = position.x - node.position.x;
  const dy = position.y - node.position.y;
  let width = Math.round(box.width);
  let height = Math.round(box.height);
  for (const k of index.children(id)) {
    const s = nodeSize(k);
    width = Math.max(width, k.position.x - dx + s.width + 8);
    height = Math.max(height, k.position.y - dy + s.height + 8);
  }
  const changes: DesignChange[] = [{ type: 'updateNode', id, patch: { position, size: { width, height } } }];
  // Resizing from the top/left moves the box: children keep their absolute place.
  if (dx !== 0 || dy !== 0) {
    for (const k of index.children(id)) changes.push({ type: 'updateNode', id: k.id, patch: { position: { x: k.position.x - dx, y: k.position.y - dy } } });
  }
  return { ok: true, changes };
}
