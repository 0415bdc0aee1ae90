/** Removing nodes safely: descendants, touching edges and references elsewhere go too, as explicit changes (so undo restores all). */
import type { DesignChange } from './changes';
import type { DesignIndex } from './query';
import { descendants } from './query';

const REF_LISTS = ['subnetIds', 'securityGroupIds', 'topicIds'] as const;
const REF_FIELDS = ['resourceId', 'standbySubnetId'] as const;

/** The changes that remove the given nodes and edges and everything that would dangle without them. */
export function removalChanges(index: DesignIndex, ids: readonly string[]): DesignChange[] {
  const gone = new Set<string>();
  for (const id of ids) {
    if (index.byId.has(id)) {
      gone.add(id);
      for (const d of descendants(index, id)) gone.add(d.id);
    }
  }
  const changes: DesignChange[] = [];
  const edgesGone = new Set(ids.filter((id) => index.edgeById.has(id)));
  for (const e of index.design.edges) {
    if (gone.has(e.source) || gone.has(e.target)) edgesGone.add(e.id);
  }
  for (const id of edgesGone) changes.push({ type: 'removeEdge', id });
  for (const n of index.design.nodes) {
    if (gone.has(n.id)) continue;
    const rec = n as unknown as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    for (const f of REF_LISTS) {
      const list = rec[f];
      if (Array.isArray(list) && list.some((x) => gone.has(x as string))) patch[f] = list.filter((x) => !gone.has(x as string));
    }
    for (const f of REF_FIELDS) if (typeof rec[f] === 'string' && gone.has(rec[f] as string)) patch[f] = undefined;
    if (n.kind === 'routeTable' && n.routes.some((r) => r.target !== undefined && gone.has(r.target))) {
      patch.routes = n.routes.filter((r) => r.target === undefined || !gone.has(r.target));
    }
    if (Object.keys(patch).length) changes.push({ type: 'updateNode', id: n.id, patch });
  }
  // Children before parents, so a partial replay never leaves an orphan.
  const order = index.design.nodes.filter((n) => gone.has(n.id)).map((n) => n.id);
  const depth = (id: string) => { let d = 0; for (let p = index.byId.get(id)?.parent; p; p = index.byId.get(p)?.parent) d++; return d; };
  order.sort((a, b) => depth(b) - depth(a));
  for (const id of order) changes.push({ type: 'removeNode', id });
  return changes;
}
