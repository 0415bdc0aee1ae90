/** Design-derived lookups the evaluator repeats for every failure domain, memoised for the evaluations of one analysis. */
import type { DesignEdge, DesignNode, NodeOf } from '../../model';
import type { Facts } from '../facts';
import { asgShares, targetGroupsOf, tierMembers, type Member } from './tier';

/** An app (lone instance or auto scaling group) serving traffic. */
export type App = NodeOf<'instance'> | NodeOf<'autoScalingGroup'>;

/** A tier's members, its distinct apps (first-seen order), each member's app index, and the AZs holding capacity (first-seen order). */
export interface Tier {
  readonly members: readonly Member[];
  readonly apps: readonly App[];
  readonly appOf: readonly number[];
  readonly capZones: readonly string[];
}

/** A subnet's default-route egress: its route table, and the NAT or gateway whose loss cuts it (none for IGW / local / no route). */
export interface Egress { readonly rt: string | undefined; readonly via: string | undefined }

/**
 * The memo. Values are computed through the analysis' facts, so when those facts track reads (the incremental
 * validator), the first computation records every read and later evaluations of the same analysis need not.
 */
export interface Shape {
  readonly tiers: Map<string, Tier>;
  readonly apps: Map<string, Tier>;
  readonly tgs: Map<string, readonly NodeOf<'targetGroup'>[]>;
  readonly egress: Map<string, Egress>;
  readonly replicas: Map<string, readonly NodeOf<'database'>[]>;
  readonly lbs: Map<string, LbZones>;
  readonly routes: Map<string, readonly DnsRoute[]>;
  readonly lbKeys: Map<string, string>;
  readonly appKeys: Map<string, string>;
  readonly tierKeys: Map<string, Map<string, string>>;
  readonly deps: Map<string, readonly Dependency[]>;
  /** The cycle guard of domain evaluations, which run one after another and leave it empty. */
  readonly stack: string[];
}

/** One dependency edge of an app with what it needs that does not depend on the failure: the target node and both VPCs. */
export interface Dependency {
  readonly e: DesignEdge;
  readonly target: DesignNode | undefined;
  readonly appVpc: string | undefined;
  readonly targetVpc: string | undefined;
}

/** A load balancer's AZs (a subnet without one counts as its own), first-seen order, with their subnets; all of them as a set and as a part key. */
export interface LbZones {
  readonly zones: readonly string[];
  readonly subnets: readonly (readonly string[])[];
  readonly all: ReadonlySet<string>;
  readonly allKey: string;
}

/** A DNS record's traffic targets with the health check that applies to each. */
export interface DnsRoute {
  readonly e: DesignEdge;
  readonly t: DesignNode;
  readonly hc: NodeOf<'dnsRecord'>['healthCheck'];
}

/** An empty memo (one per analysis, or per what-if evaluation). */
export function newShape(): Shape {
  return { tiers: new Map(), apps: new Map(), tgs: new Map(), egress: new Map(), replicas: new Map(), lbs: new Map(), routes: new Map(), lbKeys: new Map(), appKeys: new Map(), tierKeys: new Map(), deps: new Map(), stack: [] };
}

function tierOf(members: readonly Member[]): Tier {
  const apps: App[] = [];
  const index = new Map<string, number>();
  const appOf: number[] = [];
  const capZones: string[] = [];
  for (const m of members) {
    let i = index.get(m.node.id);
    if (i === undefined) { i = apps.length; index.set(m.node.id, i); apps.push(m.node); }
    appOf.push(i);
    if (m.capacity > 0 && m.zone !== undefined && !capZones.includes(m.zone)) capZones.push(m.zone);
  }
  return { members, apps, appOf, capZones };
}

/** The tier behind a target group. */
export function tgTier(s: Shape, f: Facts, tgId: string): Tier {
  let t = s.tiers.get(tgId);
  if (!t) s.tiers.set(tgId, (t = tierOf(tierMembers(f, tgId))));
  return t;
}

/** A lone app as a tier of its own (a DNS record pointing straight at an instance or ASG). */
export function appTier(s: Shape, f: Facts, app: App): Tier {
  let t = s.apps.get(app.id);
  if (!t) s.apps.set(app.id, (t = tierOf(app.kind === 'instance' ? [{ node: app, subnetId: app.parent, zone: f.zone(app.id), capacity: 1 }] : asgShares(f, app))));
  return t;
}

/** Target groups a load balancer forwards to. */
export function lbTargetGroups(s: Shape, f: Facts, lbId: string): readonly NodeOf<'targetGroup'>[] {
  let t = s.tgs.get(lbId);
  if (!t) s.tgs.set(lbId, (t = targetGroupsOf(f, lbId)));
  return t;
}

const NO_EGRESS: Egress = { rt: undefined, via: undefined };

/** The default-route egress of a subnet. */
export function subnetEgress(s: Shape, f: Facts, subnetId: string): Egress {
  let e = s.egress.get(subnetId);
  if (e) return e;
  const rt = f.routeTableOf(subnetId);
  if (!rt) e = NO_EGRESS;
  else {
    const route = rt.routes.find((r) => r.destination === '0.0.0.0/0');
    const via = !route || route.target === undefined || route.targetKind === 'internetGateway' || route.targetKind === 'local' ? undefined : route.target;
    e = { rt: rt.id, via };
  }
  s.egress.set(subnetId, e);
  return e;
}

/** Databases replicating from a primary (replication edges to databases), in edge order. */
export function replicasFrom(s: Shape, f: Facts, primaryId: string): readonly NodeOf<'database'>[] {
  let r = s.replicas.get(primaryId);
  if (r) return r;
  const out: NodeOf<'database'>[] = [];
  for (const e of f.out(primaryId)) {
    const t = e.kind === 'replication' ? f.node(e.target) : undefined;
    if (t?.kind === 'database') out.push(t);
  }
  s.replicas.set(primaryId, (r = out));
  return r;
}

/** The AZs a load balancer is enabled in. */
export function lbZones(s: Shape, f: Facts, lb: NodeOf<'loadBalancer'>): LbZones {
  let z = s.lbs.get(lb.id);
  if (z) return z;
  const zones: string[] = [];
  const subnets: string[][] = [];
  for (const sn of lb.subnetIds) {
    const zone = f.zone(sn) ?? sn;
    const k = zones.indexOf(zone);
    if (k < 0) { zones.push(zone); subnets.push([sn]); } else subnets[k]!.push(sn);
  }
  s.lbs.set(lb.id, (z = { zones, subnets, all: new Set(zones), allKey: [...zones].sort().join(',') }));
  return z;
}

/** The traffic routes of a DNS record. */
export function dnsRoutes(s: Shape, f: Facts, rec: NodeOf<'dnsRecord'>): readonly DnsRoute[] {
  let r = s.routes.get(rec.id);
  if (r) return r;
  r = f.out(rec.id).flatMap((e) => {
    const t = e.kind === 'traffic' ? f.node(e.target) : undefined;
    return t ? [{ e, t, hc: (e.kind === 'traffic' ? e.dns?.healthCheck : undefined) ?? rec.healthCheck }] : [];
  });
  s.routes.set(rec.id, r);
  return r;
}

/** The part key `prefix + id`, made once per id: a fresh concatenation would be flattened and hashed again at every lookup. */
export function partKey(s: Shape, prefix: 'lb:' | 'app:', id: string): string {
  const keys = prefix === 'lb:' ? s.lbKeys : s.appKeys;
  let k = keys.get(id);
  if (k === undefined) keys.set(id, (k = prefix + id));
  return k;
}

/** The part key of a tier seen from a set of load balancer AZs (`zones`: their sorted list, '*' for all), made once per pair. */
export function tierKey(s: Shape, tgId: string, zones: string): string {
  let byZones = s.tierKeys.get(tgId);
  if (!byZones) s.tierKeys.set(tgId, (byZones = new Map()));
  let k = byZones.get(zones);
  if (k === undefined) byZones.set(zones, (k = `tg:${tgId}|${zones}`));
  return k;
}

/** An app's dependency edges, in edge order. */
export function dependencies(s: Shape, f: Facts, appId: string): readonly Dependency[] {
  let d = s.deps.get(appId);
  if (d) return d;
  const appVpc = f.vpc(appId);
  d = f.out(appId).filter((e) => e.kind === 'dependency').map((e) => {
    const target = f.node(e.target);
    return { e, target, appVpc, targetVpc: target ? f.vpc(target.id) : undefined };
  });
  s.deps.set(appId, d);
  return d;
}
