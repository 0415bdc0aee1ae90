/** A serving tier under a failure: live capacity reachable from the live load balancer AZs, its dependencies, ASG recovery. */
import type { NodeOf } from '../../model';
import { leaf, NOTHING, buildingExpressions } from './availability';
import { RECOVERY } from './defaults';
import { appDeps, egressBlocker, egressOk, part, touch, untouched, type EvalCtx } from './evaluate';
import { broken, NO_PATH, series, type Outcome } from './outcome';
import { appTier, tgTier, tierKey, type App, type Tier } from './shape';
import type { Member } from './tier';

function lbDetect(tg: NodeOf<'targetGroup'> | undefined): number | null {
  return tg?.healthCheck ? tg.healthCheck.intervalSeconds * tg.healthCheck.unhealthyThreshold : null;
}

/** Seconds for an ASG to replace lost capacity. */
export function asgReplaceSeconds(asg: NodeOf<'autoScalingGroup'>, tg: NodeOf<'targetGroup'> | undefined): number {
  const detect = asg.healthCheckType === 'ELB' ? lbDetect(tg) ?? RECOVERY.ec2StatusCheckSeconds : RECOVERY.ec2StatusCheckSeconds;
  return detect + asg.healthCheckGracePeriod + RECOVERY.launchSeconds + RECOVERY.bootSeconds;
}

// The ASG of a one-instance loss gives up one instance from its biggest share (the first biggest, once).
function liveCapacity(ctx: EvalCtx, m: Member, lossTaken: Set<string> | undefined, members: readonly Member[]): number {
  if (ctx.down.isDown(m.node.id) || (m.subnetId !== undefined && ctx.down.isDown(m.subnetId))) return 0;
  if (!egressOk(ctx, m.subnetId)) return 0;
  let cap = m.capacity;
  if (lossTaken && ctx.down.asgLoss === m.node.id && !lossTaken.has(m.node.id)) {
    const biggest = members.filter((x) => x.node.id === m.node.id).reduce((a, b) => (b.capacity > a.capacity ? b : a));
    if (biggest === m && cap > 0) { cap -= 1; lossTaken.add(m.node.id); }
  }
  return cap;
}

/** A serving tier behind a target group, as seen from the given live load balancer AZs (undefined: cross-zone, all); `zonesKey` is their sorted list when known. */
export function evalTier(ctx: EvalCtx, tg: NodeOf<'targetGroup'>, lbZones: ReadonlySet<string> | undefined, zonesKey?: string): Outcome {
  const key = tierKey(ctx.shape, tg.id, lbZones ? zonesKey ?? [...lbZones].sort().join(',') : '*');
  // Domain mode skips the closure `part` takes: one per tier and domain.
  if (!ctx.record) return untouched(ctx, key) ?? evalMembers(ctx, tg.id, tgTier(ctx.shape, ctx.f, tg.id), tg, lbZones);
  return part(ctx, key, () => {
    touch(ctx, tg.id);
    return evalMembers(ctx, tg.id, tgTier(ctx.shape, ctx.f, tg.id), tg, lbZones);
  });
}

/** A lone app a DNS record points at. */
export function evalApp(ctx: EvalCtx, app: App): Outcome {
  return evalMembers(ctx, app.id, appTier(ctx.shape, ctx.f, app), undefined, undefined);
}

// The worst recovery time / data loss over the working dependencies (null: unbounded).
function worstOk(parts: readonly Outcome[], rpo: boolean): number | null {
  let a: number | null = 0;
  for (const d of parts) if (d.ok) { const v = rpo ? d.rpo : d.rto; a = a === null || v === null ? null : Math.max(a, v); }
  return a;
}

function evalMembers(ctx: EvalCtx, head: string, tier: Tier, tg: NodeOf<'targetGroup'> | undefined, lbZones: ReadonlySet<string> | undefined): Outcome {
  const { members, apps, appOf, capZones } = tier;
  const own = leaf(capZones.length >= 2 ? 'ec2.multiAz' : 'ec2.instance', head, capZones.length === 1 ? capZones[0] : undefined);
  if (!members.length) return broken(head, 'no targets are registered', own);
  if (ctx.record) for (const m of members) { touch(ctx, m.node.id); if (m.subnetId) touch(ctx, m.subnetId); }
  const deps = apps.map((a) => appDeps(ctx, a));
  const taken = ctx.down.asgLoss === undefined ? undefined : new Set<string>();
  let total = 0;
  let serving = 0;
  let live = 0;
  // Members left without capacity, explained only if the tier turns out lost (their egress was looked at already).
  let lostAt: number[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    total += m.capacity;
    const cap = liveCapacity(ctx, m, taken, members);
    live += cap;
    if (cap === 0 && m.capacity > 0) (lostAt ??= []).push(i);
    if (cap < m.capacity) ctx.degraded.add(m.node.id);
    const reachable = lbZones === undefined || (m.zone !== undefined && lbZones.has(m.zone));
    if (reachable && deps[appOf[i]!]!.ok) serving += cap;
  }
  const depExpr = buildingExpressions() ? series(head, deps, [own]).expr : NOTHING;
  const depRto = worstOk(deps, false);
  const depRpo = worstOk(deps, true);
  if (serving > 0) {
    if (serving < total) ctx.degraded.add(head);
    const detect = serving < total ? lbDetect(tg) : 0;
    const rto = detect === null || depRto === null ? null : Math.max(detect, depRto);
    return { ok: true, rto, rpo: depRpo, path: NO_PATH, expr: depExpr };
  }
  for (let i = 0; i < apps.length; i++) {
    const a = apps[i]!;
    if (a.kind !== 'autoScalingGroup' || a.desiredCapacity < 1 || !deps[i]!.ok) continue;
    const liveSubnets = a.subnetIds.filter((s) => !ctx.down.isDown(s) && egressOk(ctx, s) && (lbZones === undefined || lbZones.has(ctx.f.zone(s) ?? '')));
    if (!liveSubnets.length) continue;
    const secs = asgReplaceSeconds(a, tg);
    ctx.takeovers.push({ id: a.id, for: a.id, mechanism: `auto scaling launches replacements in ${liveSubnets.join(', ')}`, seconds: secs });
    ctx.degraded.add(head);
    return { ok: true, rto: depRto === null ? null : Math.max(secs, depRto), rpo: depRpo, path: NO_PATH, expr: depExpr };
  }
  const badDep = deps.find((d) => !d.ok);
  if (badDep && live > 0) return { ...series(head, deps, [own]), expr: depExpr };
  const lost = members.filter((m) => m.capacity > 0).map((m) => m.node.id);
  const why = (lostAt ?? []).map((i) => {
    const m = members[i]!;
    const nat = ctx.down.isDown(m.node.id) || (m.subnetId !== undefined && ctx.down.isDown(m.subnetId)) ? undefined : egressBlocker(ctx, m.subnetId);
    return nat ? `${m.node.id} has no egress (${nat} lost)` : `${m.node.id} lost`;
  });
  const reason = total === 0 ? 'the tier has no capacity (desired 0)' : `no capacity left: ${[...new Set(why)].join(', ') || 'targets unreachable from the live load balancer nodes'}`;
  return { ok: false, rto: null, rpo: series(head, deps).rpo, path: [head, ...new Set(lost)].slice(0, 2), reason, expr: depExpr };
}
