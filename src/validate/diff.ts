/** The dependency keys (see facts.ts) whose value may differ between two values of a design, found by node and edge identity. */
import { indexDesign, type Design, type DesignEdge, type DesignIndex, type DesignNode } from '../model';

/** An old and a new version of one node or edge (undefined: added or removed). */
export type Pair<T> = readonly [T | undefined, T | undefined];

function changed<T extends { readonly id: string }>(a: readonly T[], b: readonly T[], byIdA: () => ReadonlyMap<string, T>, byIdB: () => ReadonlyMap<string, T>): { pairs: Pair<T>[]; aligned: boolean } {
  const out: Pair<T>[] = [];
  if (a === b) return { pairs: out, aligned: true };
  if (a.length === b.length) {
    let aligned = true;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (a[i]!.id !== b[i]!.id) { aligned = false; break; }
      out.push([a[i], b[i]]);
    }
    if (aligned) return { pairs: out, aligned: true };
    out.length = 0;
  }
  const ia = byIdA();
  const ib = byIdB();
  for (const n of b) { const o = ia.get(n.id); if (o !== n) out.push([o, n]); }
  for (const o of a) if (!ib.has(o.id)) out.push([o, undefined]);
  return { pairs: out, aligned: false };
}

function ancestry(keys: Set<string>, ix: DesignIndex, id: string): void {
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    if (keys.has('p:' + cur) && cur !== id) continue;
    keys.add('p:' + cur);
    for (const c of ix.children(cur)) stack.push(c.id);
  }
}

const field = (n: DesignNode | undefined, k: string): unknown => (n as Record<string, unknown> | undefined)?.[k];

function markNode(keys: Set<string>, o: DesignNode | undefined, n: DesignNode | undefined, ia: () => DesignIndex, ib: () => DesignIndex): void {
  const id = (n ?? o)!.id;
  keys.add('n:' + id);
  if (o) keys.add('K:' + o.kind);
  if (n) keys.add('K:' + n.kind);
  if (!o || !n || o.parent !== n.parent || field(o, 'zone') !== field(n, 'zone') || field(o, 'region') !== field(n, 'region')) {
    keys.add('k:' + o?.parent);
    keys.add('k:' + n?.parent);
    if (o) ancestry(keys, ia(), id);
    if (n) ancestry(keys, ib(), id);
  }
  for (const x of [o, n]) {
    if (x?.kind === 'routeTable') for (const s of x.subnetIds) keys.add('r:' + s);
    if (x?.kind === 'alarm') keys.add('l:' + x.resourceId);
  }
}

/** What changed between two design values: invalidated keys, changed nodes and edges, and whether every change was in place. */
export interface DesignDiff {
  readonly keys: Set<string>;
  readonly nodes: readonly Pair<DesignNode>[];
  readonly edges: readonly Pair<DesignEdge>[];
  /** No node or edge added, removed or moved, no containment, zone, region or edge end changed: the old structure still holds. */
  readonly inPlace: boolean;
}

/** Keys invalidated by going from design `a` to design `b`. */
export function dirtyKeys(a: Design, b: Design): Set<string> {
  return diffDesigns(a, b).keys;
}

/** Diffs two values of a design by identity. */
export function diffDesigns(a: Design, b: Design): DesignDiff {
  const keys = new Set<string>();
  // Compared by value: copies that crossed a worker boundary are equal but not identical.
  if (a.objectives !== b.objectives && JSON.stringify(a.objectives) !== JSON.stringify(b.objectives)) keys.add('$o');
  if (a.availabilityOverrides !== b.availabilityOverrides && JSON.stringify(a.availabilityOverrides) !== JSON.stringify(b.availabilityOverrides)) keys.add('$v');
  let ia: DesignIndex | undefined;
  let ib: DesignIndex | undefined;
  const A = () => (ia ??= indexDesign(a));
  const B = () => (ib ??= indexDesign(b));
  const nodes = changed<DesignNode>(a.nodes, b.nodes, () => A().byId, () => B().byId);
  let inPlace = nodes.aligned;
  for (const [o, n] of nodes.pairs) {
    if (o && n && (o.parent !== n.parent || field(o, 'zone') !== field(n, 'zone') || field(o, 'region') !== field(n, 'region'))) inPlace = false;
    markNode(keys, o, n, A, B);
  }
  const edges = changed<DesignEdge>(a.edges, b.edges, () => A().edgeById, () => B().edgeById);
  inPlace &&= edges.aligned;
  for (const [o, n] of edges.pairs) {
    if (o && n && (o.source !== n.source || o.target !== n.target)) inPlace = false;
    for (const e of [o, n]) if (e) { keys.add('a:' + e.source); keys.add('a:' + e.target); }
  }
  return { keys, nodes: nodes.pairs, edges: edges.pairs, inPlace };
}
