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
  let rtOf: Map<string, NodeOf<'routeTable'>> | undefined;
  let alarms: Map<string, NodeOf<'alarm'>[]> | undefined;
  const zones = new Map<string, string | undefined>();
  const regions = new Map<string, string | undefined>();
  const vpcs = new Map<string, string | undefined>();
  const memo = (m: Map<string, string | undefined>, id: string, f: () => string | undefined) => {
    if (m.has(id)) return m.get(id);
    const v = f();
    m.set(id, v);
    return v;
  };
  return {
    node: (id) => ix.byId.get(id),
    out: (id) => ix.outgoing(id),
    inc: (id) => ix.incoming(id),
    children: (id) => ix.children(id),
    ofKind: (kind) => ix.ofKind(kind),
    zone: (id) => memo(zones, id, () => ix.ancestor(id, 'az')?.zone),
    region: (id) => memo(regions, id, () => ix.ancestor(id, 'region')?.region),
    vpc: (id) => memo(vpcs, id, () => ix.ancestor(id, 'vpc')?.id),
    routeTableOf: (subnetId) => {
      if (!rtOf) {
        rtOf = new Map();
        for (const rt of ix.ofKind('routeTable')) for (const s of rt.subnetIds) if (!rtOf.has(s)) rtOf.set(s, rt);
      }
      return rtOf.get(subnetId);
    },
    alarmsOn: (id) => {
      if (!alarms) {
        alarms = new Map();
        for (const a of ix.ofKind('alarm')) {
          if (a.resourceId === undefined) continue;
          const list = alarms.get(a.resourceId);
          if (list) list.push(a);
          else alarms.set(a.resourceId, [a]);
        }
      }
      return alarms.get(id) ?? EMPTY;
    },
    objectives: () => design.objectives,
    overrides: () => design.availabilityOverrides,
  };
}

const cache = new WeakMap<Design, Facts>();

/** The (cached) facts of a design value. */
export function factsOf(design: Design): Facts {
  let f = cache.get(design);
  if (!f) cache.set(design, (f = buildFacts(design)));
  return f;
}

type Method = keyof Facts;
const METHODS: readonly Method[] = ['node', 'out', 'inc', 'children', 'ofKind', 'zone', 'region', 'vpc', 'routeTableOf', 'alarmsOn', 'objectives', 'overrides'];

/** A log of reads: triples (method index, argument, result). */
export type ReadLog = unknown[];

/** Where a tracking wrapper appends its reads (swap `log` to reuse one wrapper for many subjects). */
export interface ReadSink { log: ReadLog }

/** Wraps facts so every read is appended to `sink.log`. */
export function tracked(base: Facts, sink: ReadSink): Facts {
  const wrap = (m: number) => (arg?: string) => {
    const r = (base[METHODS[m]!] as (a?: string) => unknown)(arg);
    sink.log.push(m, arg, r);
    return r;
  };
  return Object.fromEntries(METHODS.map((name, m) => [name, wrap(m)])) as unknown as Facts;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when every read in `log` gives the same result against `facts` (so a cached result still holds). */
export function replays(facts: Facts, log: ReadLog): boolean {
  for (let i = 0; i < log.length; i += 3) {
    const r = (facts[METHODS[log[i] as number]!] as (a?: string) => unknown)(log[i + 1] as string | undefined);
    if (!same(r, log[i + 2])) return false;
  }
  return true;
}
