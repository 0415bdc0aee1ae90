/** A serving tier as the rules see it: the members behind a target group (instances and ASG shares) and their capacity per AZ. */
import type { DesignNode, NodeOf } from '../../model';
import { isTracked, type Facts } from '../facts';

/** One slice of a tier's capacity: a lone instance, or an ASG's share in one subnet. */
export interface Member {
  readonly node: NodeOf<'instance'> | NodeOf<'autoScalingGroup'>;
  readonly subnetId: string | undefined;
  readonly zone: string | undefined;
  readonly capacity: number;
}

/** How an ASG's desired capacity splits over its subnets (AWS balances across AZs). */
export function asgShares(f: Facts, asg: NodeOf<'autoScalingGroup'>): Member[] {
  const k = asg.subnetIds.length;
  if (k === 0) return [{ node: asg, subnetId: undefined, zone: undefined, capacity: asg.desiredCapacity }];
  return asg.subnetIds.map((s, i) => ({
    node: asg, subnetId: s, zone: f.zone(s),
    capacity: Math.floor(asg.desiredCapacity / k) + (i < asg.desiredCapacity % k ? 1 : 0),
  }));
}

/** The apps a target group (or DNS record) sends traffic to. */
export function trafficTargets(f: Facts, id: string): DesignNode[] {
  const out: DesignNode[] = [];
  for (const e of f.out(id)) {
    if (e.kind !== 'traffic') continue;
    const t = f.node(e.target);
    if (t) out.push(t);
  }
  return out;
}

// Several rules and every analysis ask for the same tiers; plain facts (one design value) share the answers,
// tracking facts do not (each subject's reads must be recorded).
const membersMemo = new WeakMap<Facts, Map<string, readonly Member[]>>();
const tgsMemo = new WeakMap<Facts, Map<string, readonly NodeOf<'targetGroup'>[]>>();

function memoOf<T>(memo: WeakMap<Facts, Map<string, T>>, f: Facts): Map<string, T> | undefined {
  if (isTracked(f)) return undefined;
  let m = memo.get(f);
  if (!m) memo.set(f, (m = new Map()));
  return m;
}

/** Members of the tier behind a target group (shared: do not mutate). */
export function tierMembers(f: Facts, tgId: string): readonly Member[] {
  const memo = memoOf(membersMemo, f);
  const hit = memo?.get(tgId);
  if (hit) return hit;
  const members: Member[] = [];
  for (const t of trafficTargets(f, tgId)) {
    if (t.kind === 'instance') members.push({ node: t, subnetId: t.parent, zone: f.zone(t.id), capacity: 1 });
    else if (t.kind === 'autoScalingGroup') members.push(...asgShares(f, t));
  }
  memo?.set(tgId, members);
  return members;
}

/** Capacity per AZ (members without a zone are left out). */
export function capacityByZone(members: readonly Member[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of members) if (x.zone !== undefined) m.set(x.zone, (m.get(x.zone) ?? 0) + x.capacity);
  return m;
}

/** The distinct AZs of a list of subnets. */
export function zonesOf(f: Facts, subnetIds: readonly string[]): Set<string> {
  const zones = new Set<string>();
  for (const s of subnetIds) {
    const z = f.zone(s);
    if (z !== undefined) zones.add(z);
  }
  return zones;
}

/** Target groups a load balancer forwards to (shared: do not mutate). */
export function targetGroupsOf(f: Facts, lbId: string): readonly NodeOf<'targetGroup'>[] {
  const memo = memoOf(tgsMemo, f);
  const hit = memo?.get(lbId);
  if (hit) return hit;
  const tgs = trafficTargets(f, lbId).filter((n): n is NodeOf<'targetGroup'> => n.kind === 'targetGroup');
  memo?.set(lbId, tgs);
  return tgs;
}

/** The capacity a tier must keep after losing an AZ: the TG's requiredCapacity, else the ASGs' (default desired) plus lone instances. */
export function requiredCapacity(tg: NodeOf<'targetGroup'> | undefined, members: readonly Member[]): number {
  if (tg?.requiredCapacity !== undefined) return tg.requiredCapacity;
  const seen = new Set<string>();
  let total = 0;
  for (const m of members) {
    if (seen.has(m.node.id)) continue;
    seen.add(m.node.id);
    total += m.node.kind === 'autoScalingGroup' ? (m.node.requiredCapacity ?? m.node.desiredCapacity) : 1;
  }
  return total;
}
