// Absolute geometry of a design on the canvas (positions are stored relative to parents), and hit-testing of containers.
import type { Design, DesignNode, NodeKind } from '../../src/model';
import { canPlace, indexDesign, isContainer, type DesignIndex } from '../../src/model';
import { nodeSize } from '../../src/layout/sizes';

export interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly depth: number }
export interface XY { readonly x: number; readonly y: number }

const cache = new WeakMap<Design, ReadonlyMap<string, Rect>>();

/** Absolute rectangles of every node (cached per design value). */
export function absoluteRects(design: Design): ReadonlyMap<string, Rect> {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const out = new Map<string, Rect>();
  const resolve = (n: DesignNode, guard: number): Rect => {
    const done = out.get(n.id);
    if (done) return done;
    const parent = n.parent !== undefined && guard < 64 ? index.byId.get(n.parent) : undefined;
    const p = parent ? resolve(parent, guard + 1) : { x: 0, y: 0, depth: -1 };
    const size = nodeSize(n);
    const r = { x: p.x + n.position.x, y: p.y + n.position.y, width: size.width, height: size.height, depth: p.depth + 1 };
    out.set(n.id, r);
    return r;
  };
  for (const n of design.nodes) resolve(n, 0);
  cache.set(design, out);
  return out;
}

/** Containers under a point, innermost first, skipping `exclude` (a moved node and its descendants). */
export function containersAt(design: Design, point: XY, exclude?: ReadonlySet<string>): DesignNode[] {
  const rects = absoluteRects(design);
  const hits: { node: DesignNode; depth: number }[] = [];
  for (const n of design.nodes) {
    if (!isContainer(n) || exclude?.has(n.id)) continue;
    const r = rects.get(n.id)!;
    if (point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height) hits.push({ node: n, depth: r.depth });
  }
  return hits.sort((a, b) => b.depth - a.depth).map((h) => h.node);
}

export type ParentChoice = { readonly ok: true; readonly parent: string | undefined } | { readonly ok: false; readonly reason: string };

/**
 * The innermost container under `point` that accepts `kind` (or the canvas top
 * level); when none does, the refusal of the innermost one, for the user.
 */
export function chooseParent(index: DesignIndex, kind: NodeKind, point: XY, exclude?: ReadonlySet<string>, zone?: string): ParentChoice {
  const chain = containersAt(index.design, point, exclude);
  for (const c of chain) if (canPlace(index, kind, c.id, zone).ok) return { ok: true, parent: c.id };
  const top = canPlace(index, kind, undefined, zone);
  if (top.ok) return { ok: true, parent: undefined };
  const innermost = canPlace(index, kind, chain[0]?.id, zone);
  return { ok: false, reason: innermost.ok ? top.reason : innermost.reason };
}

/** Converts an absolute canvas point to coordinates relative to `parent` (undefined: unchanged). */
export function toRelative(design: Design, parent: string | undefined, p: XY): XY {
  if (parent === undefined) return p;
  const r = absoluteRects(design).get(parent);
  return r ? { x: p.x - r.x, y: p.y - r.y } : p;
}
