/** Read access to a design for rules, with derived lookups, and a tracking wrapper that makes rule results cacheable. */
import { indexDesign, type Design, type DesignEdge, type DesignIndex, type DesignNode, type NodeKind, type NodeOf, type Objectives } from '../model';

/** Everything a rule may read. Results are identities from the design (or strings), so reads can be replayed. */
export interface Facts {
  node(id: string): DesignNode | undefined;
  out(id: string): readonly DesignEdge[];
  inc(id: string): readonly DesignEdge[];
  children(id: string): readonly DesignNode[];
  ofKind<K extends NodeKind>(kind: K): readonly NodeOf<K>[];
  /** The AZ name a node sits in. */
  zone(id: string): string | undefined;
  /** The region code a node sits in. */
  region(id: string): string | undefined;
  /** The id of the VPC a node sits in. */
  vpc(id: string): string | undefined;
  /** The route table associated with a subnet. */
  routeTableOf(subnetId: string): NodeOf<'routeTable'> | undefined;
  /** Alarms watching a resource. */
  alarmsOn(id: string): readonly NodeOf<'alarm'>[];
  objectives(): Objectives;
  overrides(): Design['availabilityOverrides'];
}

const EMPTY: readonly never[] = [];

/** Builds the facts of one design value (lazy derived maps, memoised ancestry). */
function buildFacts(design: Design): Facts {
  const ix: DesignIndex = indexDesign(design);
  let rtOf: ReadonlyMap<string, NodeOf<'routeTable'>> | undefined;
  let alarms: ReadonlyMap<string, readonly NodeOf<'alarm'>[]> | undefined;
  // Ancestry (zone, region, VPC) of every node, computed once per node from its parent's.
  // Every Anc has all three fields, in one order: the lookups below are among the hottest of an analysis and stay monomorphic.
  interface Anc { readonly zone: string | undefined; readonly region: string | undefined; readonly vpc: string | undefined }
  const ancs = new Map<string, Anc>();
  const NONE: Anc = { zone: undefined, region: undefined, vpc: undefined };
  const anc = (id: string, depth: number): Anc => {
    const hit = ancs.get(id);
    if (hit) return hit;
    const n = ix.byId.get(id);
    if (!n || depth > 64) return NONE;
    const up = n.parent === undefined ? NONE : anc(n.parent, depth + 1);
    const a: Anc = n.kind === 'az' ? { zone: n.zone, region: up.region, vpc: up.vpc }
      : n.kind === 'region' ? { zone: up.zone, region: n.region, vpc: up.vpc }
        : n.kind === 'vpc' ? { zone: up.zone, region: up.region, vpc: n.id } : up;
    ancs.set(id, a);
    return a;
  };
  return {
    node: (id) => ix.byId.get(id),
    out: (id) => ix.outgoing(id),
    inc: (id) => ix.incoming(id),
    children: (id) => ix.children(id),
    ofKind: (kind) => ix.ofKind(kind),
    zone: (id) => anc(id, 0).zone,
    region: (id) => anc(id, 0).region,
    vpc: (id) => anc(id, 0).vpc,
    routeTableOf: (subnetId) => {
      rtOf ??= routeTablesBySubnet(ix.ofKind('routeTable'));
      return rtOf.get(subnetId);
    },
    alarmsOn: (id) => {
      alarms ??= alarmsByResource(ix.ofKind('alarm'));
      return alarms.get(id) ?? EMPTY;
    },
    objectives: () => design.objectives,
    overrides: () => design.availabilityOverrides,
  };
}

const cache = new WeakMap<Design, Facts>();

/** Records facts derived for a design value (see overlay.ts), so later reads of that value reuse them. */
export function rememberFacts(design: Design, facts: Facts): void {
  if (!cache.has(design)) cache.set(design, facts);
}

/** The (cached) facts of a design value. */
export function factsOf(design: Design): Facts {
  let f = cache.get(design);
  if (!f) cache.set(design, (f = buildFacts(design)));
  return f;
}

type Method = keyof Facts;

/** The dependency key a read depends on: n: node, a: adjacency, k: children, K: kind list, p: ancestry, r: route table of, l: alarms on, $o/$v: design-level. */
const KEY_PREFIX: Readonly<Record<Method, string>> = {
  node: 'n:', out: 'a:', inc: 'a:', children: 'k:', ofKind: 'K:', zone: 'p:', region: 'p:', vpc: 'p:',
  routeTableOf: 'r:', alarmsOn: 'l:', objectives: '$o', overrides: '$v',
};

/** Where a tracking wrapper records the keys it read (swap `keys` to reuse one wrapper for many subjects). */
export interface ReadSink { keys: Set<string> }

const trackedFacts = new WeakSet<Facts>();

/** True for a tracking wrapper: results derived from it must not be shared between subjects, whose reads are recorded apart. */
export function isTracked(f: Facts): boolean {
  return trackedFacts.has(f);
}

/** Wraps facts so every read adds its dependency key to `sink.keys`. */
export function tracked(base: Facts, sink: ReadSink): Facts {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(KEY_PREFIX) as Method[]) {
    const fn = base[name] as (a?: string) => unknown;
    const prefix = KEY_PREFIX[name];
    out[name] = (arg?: string) => {
      sink.keys.add(arg === undefined ? prefix : prefix + arg);
      return fn(arg);
    };
  }
  const facts = out as unknown as Facts;
  trackedFacts.add(facts);
  return facts;
}

/** Each subnet's route table (the first that lists it). */
export function routeTablesBySubnet(tables: readonly NodeOf<'routeTable'>[]): ReadonlyMap<string, NodeOf<'routeTable'>> {
  const out = new Map<string, NodeOf<'routeTable'>>();
  for (const rt of tables) for (const s of rt.subnetIds) if (!out.has(s)) out.set(s, rt);
  return out;
}

/** The alarms watching each resource. */
export function alarmsByResource(alarms: readonly NodeOf<'alarm'>[]): ReadonlyMap<string, readonly NodeOf<'alarm'>[]> {
  const out = new Map<string, NodeOf<'alarm'>[]>();
  for (const a of alarms) {
    if (a.resourceId === undefined) continue;
    const list = out.get(a.resourceId);
    if (list) list.push(a);
    else out.set(a.resourceId, [a]);
  }
  return out;
}
