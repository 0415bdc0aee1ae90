/** Facts of a design derived from its previous value's facts when every change was in place, so an edit costs no index rebuild. */
import type { Design, DesignEdge, DesignNode, NodeKind, NodeOf } from '../model';
import type { DesignDiff } from './diff';
import { alarmsByResource, factsOf, rememberFacts, routeTablesBySubnet, type Facts } from './facts';

/** Changes accumulated on top of one full index before it is rebuilt. */
const REBUILD_AFTER = 2000;

interface Overlay {
  readonly base: Facts;
  readonly nodes: Map<string, DesignNode>;
  readonly edges: Map<string, DesignEdge>;
  readonly adj: Set<string>;
  readonly kids: Set<string>;
  readonly kinds: Set<NodeKind>;
}

const overlays = new WeakMap<Facts, Overlay>();
const EMPTY: readonly never[] = [];

/** The facts of `design`, given the facts of the value it was diffed against (`diff.inPlace` must hold). */
export function derivedFacts(prev: Facts, design: Design, diff: DesignDiff): Facts {
  const p = overlays.get(prev);
  const o: Overlay = {
    base: p?.base ?? prev,
    nodes: new Map(p?.nodes), edges: new Map(p?.edges), adj: new Set(p?.adj), kids: new Set(p?.kids), kinds: new Set(p?.kinds),
  };
  for (const [, n] of diff.nodes) if (n) { o.nodes.set(n.id, n); o.kids.add(n.parent ?? ''); o.kinds.add(n.kind); }
  for (const [, e] of diff.edges) if (e) { o.edges.set(e.id, e); o.adj.add(e.source); o.adj.add(e.target); }
  if (o.nodes.size + o.edges.size > REBUILD_AFTER) return factsOf(design);
  const { base } = o;
  const lists = new Map<string, readonly unknown[]>();
  const patched = <T extends { readonly id: string }>(key: string, list: readonly T[], map: ReadonlyMap<string, T>): readonly T[] => {
    let hit = lists.get(key) as readonly T[] | undefined;
    if (!hit) lists.set(key, (hit = list.map((x) => map.get(x.id) ?? x)));
    return hit;
  };
  let rtOf: ReadonlyMap<string, NodeOf<'routeTable'>> | undefined;
  let alarms: ReadonlyMap<string, readonly NodeOf<'alarm'>[]> | undefined;
  const facts: Facts = {
    node: (id) => o.nodes.get(id) ?? base.node(id),
    out: (id) => (o.adj.has(id) ? patched(`o:${id}`, base.out(id), o.edges) : base.out(id)),
    inc: (id) => (o.adj.has(id) ? patched(`i:${id}`, base.inc(id), o.edges) : base.inc(id)),
    children: (id) => (o.kids.has(id) ? patched(`k:${id}`, base.children(id), o.nodes) : base.children(id)),
    ofKind: <K extends NodeKind>(kind: K) => (o.kinds.has(kind) ? patched(`K:${kind}`, base.ofKind(kind), o.nodes) as readonly NodeOf<K>[] : base.ofKind(kind)),
    zone: (id) => base.zone(id),
    region: (id) => base.region(id),
    vpc: (id) => base.vpc(id),
    routeTableOf: (subnetId) => {
      if (!o.kinds.has('routeTable')) return base.routeTableOf(subnetId);
      rtOf ??= routeTablesBySubnet(facts.ofKind('routeTable'));
      return rtOf.get(subnetId);
    },
    alarmsOn: (id) => {
      if (!o.kinds.has('alarm')) return base.alarmsOn(id);
      alarms ??= alarmsByResource(facts.ofKind('alarm'));
      return alarms.get(id) ?? EMPTY;
    },
    objectives: () => design.objectives,
    overrides: () => design.availabilityOverrides,
  };
  overlays.set(facts, o);
  rememberFacts(design, facts);
  return facts;
}
