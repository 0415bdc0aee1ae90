/** Growing containers so their children fit: used after drops, moves and partial layouts. */
import type { Design, DesignChange } from '../model';
import { applyDesignChanges, indexDesign, isContainer } from '../model';
import { CONTAINER_PADDING, nodeSize } from './sizes';

/**
 * The changes that grow the ancestors of `ids` (never shrink them) until each
 * contains its children with the container padding. Children at negative
 * offsets are not moved; the container only grows right and down.
 */
export function growToFit(design: Design, ids: readonly string[]): DesignChange[] {
  const index = indexDesign(design);
  const parents = new Set<string>();
  for (const id of ids) {
    for (let p = index.byId.get(id)?.parent; p !== undefined; p = index.byId.get(p)?.parent) parents.add(p);
  }
  // Innermost first, so a grown child is seen by its own parent.
  const depth = (id: string) => { let d = 0; for (let p = index.byId.get(id)?.parent; p; p = index.byId.get(p)?.parent) d++; return d; };
  const order = [...parents].sort((a, b) => depth(b) - depth(a));
  const changes: DesignChange[] = [];
  let current = design;
  for (const id of order) {
    const idx = indexDesign(current);
    const node = idx.byId.get(id);
    if (!node || !isContainer(node)) continue;
    const size = nodeSize(node);
    let width = size.width;
    let height = size.height;
    for (const kid of idx.children(id)) {
      const k = nodeSize(kid);
      width = Math.max(width, kid.position.x + k.width + CONTAINER_PADDING.right);
      height = Math.max(height, kid.position.y + k.height + CONTAINER_PADDING.bottom);
    }
    if (width !== size.width || height !== size.height) {
      const change: DesignChange = { type: 'updateNode', id, patch: { size: { width: Math.ceil(width), height: Math.ceil(height) } } };
      changes.push(change);
      current = applyDesignChanges(current, [change]);
    }
  }
  return changes;
}
