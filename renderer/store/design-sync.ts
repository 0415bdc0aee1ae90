// Sends a design across a worker boundary as deltas, so the copy on the other side keeps the identity of unchanged
// nodes and edges (the incremental validator re-checks only what changed).
import type { Design, DesignEdge, DesignNode } from '../../src/model';

export interface DesignPatch {
  readonly meta: Omit<Design, 'nodes' | 'edges'>;
  readonly nodes: { readonly set: readonly DesignNode[]; readonly remove: readonly string[]; readonly order?: readonly string[] };
  readonly edges: { readonly set: readonly DesignEdge[]; readonly remove: readonly string[]; readonly order?: readonly string[] };
}

function diffList<T extends { readonly id: string }>(prev: readonly T[] | undefined, next: readonly T[]) {
  if (prev === next) return { set: [], remove: [] };
  const before = new Map((prev ?? []).map((x) => [x.id, x]));
  const set: T[] = [];
  let sameOrder = prev !== undefined && prev.length === next.length;
  for (let i = 0; i < next.length; i++) {
    const x = next[i]!;
    if (before.get(x.id) !== x) set.push(x);
    if (sameOrder && prev![i]!.id !== x.id) sameOrder = false;
    before.delete(x.id);
  }
  return { set, remove: [...before.keys()], ...(sameOrder ? {} : { order: next.map((x) => x.id) }) };
}

/** The delta from `prev` (undefined: nothing sent yet) to `next`. */
export function diffDesign(prev: Design | undefined, next: Design): DesignPatch {
  const { nodes, edges, ...meta } = next;
  return { meta, nodes: diffList(prev?.nodes, nodes), edges: diffList(prev?.edges, edges) };
}

function applyList<T extends { readonly id: string }>(prev: readonly T[], d: DesignPatch['nodes'] | DesignPatch['edges']): T[] {
  const byId = new Map(prev.map((x) => [x.id, x]));
  for (const id of d.remove) byId.delete(id);
  for (const x of d.set as unknown as readonly T[]) byId.set(x.id, x);
  return d.order ? d.order.map((id) => byId.get(id)!) : [...byId.values()];
}

/** Rebuilds the next design from the previous copy and a patch, reusing every unchanged object. */
export function applyPatch(prev: Design | undefined, patch: DesignPatch): Design {
  return { ...patch.meta, nodes: applyList(prev?.nodes ?? [], patch.nodes), edges: applyList(prev?.edges ?? [], patch.edges) } as Design;
}
