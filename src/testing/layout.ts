/** A simple, deterministic nested layout for built designs: containers sized around their children, no overlaps. */
import { CONTAINER_KINDS, type DesignNode } from '../model';
import { CONTAINER_PADDING, MIN_CONTAINER_SIZE, RESOURCE_NODE_SIZE } from '../layout/sizes';

/** Canvas size of a leaf (resource) node, as the renderer draws it. */
export const LEAF = RESOURCE_NODE_SIZE;
const PAD = CONTAINER_PADDING.left;
const HEADER = CONTAINER_PADDING.top;
const GAP = 24;

interface Box { width: number; height: number }

/** Returns the nodes with `position` (relative to the parent) and container `size` computed. */
export function autoLayout(nodes: readonly DesignNode[]): DesignNode[] {
  const kids = new Map<string | undefined, DesignNode[]>();
  for (const n of nodes) {
    const list = kids.get(n.parent);
    if (list) list.push(n);
    else kids.set(n.parent, [n]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  const size = new Map<string, Box>();

  // Leaves in a grid on top, containers below (stacked or side by side by kind).
  const place = (children: readonly DesignNode[], vertical: boolean, leafCols: number, top: number): Box => {
    const leaves = children.filter((c) => !CONTAINER_KINDS.has(c.kind));
    const boxes = children.filter((c) => CONTAINER_KINDS.has(c.kind));
    const cols = Math.max(1, Math.min(leaves.length, leafCols));
    leaves.forEach((leaf, i) => pos.set(leaf.id, { x: PAD + (i % cols) * (LEAF.width + GAP), y: top + Math.floor(i / cols) * (LEAF.height + GAP) }));
    const leafRows = Math.ceil(leaves.length / cols);
    let width = leaves.length ? cols * (LEAF.width + GAP) - GAP : 0;
    let bottom = leafRows ? top + leafRows * (LEAF.height + GAP) - GAP : top;
    const y0 = leafRows ? bottom + GAP : top;
    let x = PAD;
    let y = y0;
    for (const b of boxes) {
      const s = measure(b);
      if (vertical) {
        pos.set(b.id, { x: PAD, y });
        bottom = y + s.height;
        y += s.height + GAP;
        width = Math.max(width, s.width);
      } else {
        pos.set(b.id, { x, y: y0 });
        x += s.width + GAP;
        bottom = Math.max(bottom, y0 + s.height);
        width = Math.max(width, x - PAD - GAP);
      }
    }
    return { width: width + 2 * PAD, height: bottom + PAD };
  };

  const measure = (n: DesignNode): Box => {
    const children = kids.get(n.id) ?? [];
    const containers = children.filter((c) => CONTAINER_KINDS.has(c.kind)).length;
    const vertical = n.kind === 'az' || n.kind === 'region';
    const leafCols = n.kind === 'subnet' ? 2 : n.kind === 'az' ? 2 : Math.max(4, containers * 2);
    const box = place(children, vertical, leafCols, HEADER);
    const s = { width: Math.max(box.width, MIN_CONTAINER_SIZE.width), height: Math.max(box.height, MIN_CONTAINER_SIZE.height) };
    size.set(n.id, s);
    return s;
  };

  place(kids.get(undefined) ?? [], false, 8, 0);
  return nodes.map((n) => {
    const p = pos.get(n.id) ?? { x: 0, y: 0 };
    const s = size.get(n.id);
    return (CONTAINER_KINDS.has(n.kind) && s ? { ...n, position: p, size: s } : { ...n, position: p }) as DesignNode;
  });
}
