/** A fast deterministic grid layout for very large imports: children in rows inside their container, containers sized to fit. */
import { isContainer, type Design, type DesignNode } from '../../../model';

const LEAF = { width: 128, height: 96 };
const PAD = { top: 48, left: 24, bottom: 24, right: 24 };
const GAP = 32;

/** Lays a design out on grids, bottom-up (linear in the node count). */
export function gridLayout(design: Design): Design {
  const kids = new Map<string | undefined, DesignNode[]>();
  for (const n of design.nodes) {
    const list = kids.get(n.parent) ?? [];
    list.push(n);
    kids.set(n.parent, list);
  }
  const size = new Map<string, { width: number; height: number }>();
  const pos = new Map<string, { x: number; y: number }>();
  const place = (list: readonly DesignNode[], origin: { x: number; y: number }): { width: number; height: number } => {
    const cols = Math.max(1, Math.ceil(Math.sqrt(list.length * 1.6)));
    let x = origin.x, y = origin.y, rowH = 0, maxW = 0;
    list.forEach((n, i) => {
      if (i > 0 && i % cols === 0) { x = origin.x; y += rowH + GAP; rowH = 0; }
      const s = measure(n);
      pos.set(n.id, { x, y });
      x += s.width + GAP;
      rowH = Math.max(rowH, s.height);
      maxW = Math.max(maxW, x - GAP - origin.x);
    });
    return { width: maxW, height: y + rowH - origin.y };
  };
  const measure = (n: DesignNode): { width: number; height: number } => {
    const hit = size.get(n.id);
    if (hit) return hit;
    let s = LEAF;
    if (isContainer(n)) {
      const inner = place(kids.get(n.id) ?? [], { x: PAD.left, y: PAD.top });
      s = { width: Math.max(200, inner.width + PAD.left + PAD.right), height: Math.max(120, inner.height + PAD.top + PAD.bottom) };
    }
    size.set(n.id, s);
    return s;
  };
  place(kids.get(undefined) ?? [], { x: 40, y: 40 });
  return {
    ...design,
    nodes: design.nodes.map((n) => ({ ...n, position: pos.get(n.id) ?? n.position, ...(isContainer(n) ? { size: size.get(n.id) } : {}) }) as DesignNode),
  };
}
