/** Dependencies of an app: databases (writer / reader / pinned instance, with standby and replica takeover), internal services, and the network path between VPCs. */
import type { NodeOf } from '../../model';
import { any, buildingExpressions, leaf, NOTHING, type Expr } from './availability';
import { RECOVERY } from './defaults';
import { evalLb, evalTarget, touch, type EvalCtx } from './evaluate';
import { broken, ok, series, type Outcome } from './outcome';
import { replicasFrom, type Dependency } from './shape';

type App = NodeOf<'instance'> | NodeOf<'autoScalingGroup'>;

/** Link nodes on a path between two VPCs that are all still up, or undefined when there is none. */
export function linkPath(ctx: EvalCtx, from: string, to: string): string[] | undefined {
  const prev = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === to) {
      const path: string[] = [];
      for (let x = prev.get(to)!; x !== from; x = prev.get(x)!) path.unshift(x);
      return path;
    }
    for (const e of [...ctx.f.out(cur), ...ctx.f.inc(cur)]) {
      if (e.kind !== 'link') continue;
      const next = e.source === cur ? e.target : e.source;
      if (prev.has(next) || ctx.down.isDown(next)) continue;
      prev.set(next, cur);
      queue.push(next);
    }
  }
  return undefined;
}

function dbLeaf(ctx: EvalCtx, db: NodeOf<'database'>): Expr {
  return db.multiAz ? leaf('rds.multiAz', db.id) : leaf('rds.singleAz', db.id, ctx.f.zone(db.id));
}

// The standby's subnet: the one named, else the first subnet of the group in another AZ than the primary.
function standbySubnet(ctx: EvalCtx, db: NodeOf<'database'>): string | undefined {
  const zone = ctx.f.zone(db.id);
  return db.standbySubnetId ?? db.subnetIds.find((s) => ctx.f.zone(s) !== zone);
}

function standbyAlive(ctx: EvalCtx, db: NodeOf<'database'>): boolean {
  if (!db.multiAz) return false;
  const subnet = standbySubnet(ctx, db);
  if (subnet !== undefined) { touch(ctx, subnet); return !ctx.down.isDown(subnet); }
  const d = ctx.down.domain;
  return !(d?.type === 'region' && d.region === ctx.f.region(db.id));
}

function replicasOf(ctx: EvalCtx, primaryId: string): readonly NodeOf<'database'>[] {
  const out = replicasFrom(ctx.shape, ctx.f, primaryId);
  if (ctx.record) for (const t of out) touch(ctx, t.id);
  return out;
}

function alive(ctx: EvalCtx, db: NodeOf<'database'>): boolean {
  return !ctx.down.isDown(db.id) || standbyAlive(ctx, db);
}

/** A database reached through an endpoint: the writer follows Multi-AZ failover and replica promotion, a pinned client does not. */
export function evalDb(ctx: EvalCtx, db: NodeOf<'database'>, endpoint: 'writer' | 'reader' | 'instance'): Outcome {
  const k = endpoint === 'writer' ? 0 : endpoint === 'reader' ? 1 : 2;
  const memo = (ctx.dbMemo[k] ??= new Map());
  const hit = memo.get(db.id);
  if (hit) {
    // Record mode: the closures being collected must still see every node the outcome depends on.
    const touched = ctx.record ? ctx.dbTouched.get(hit) : undefined;
    if (touched) for (const id of touched) touch(ctx, id);
    return hit;
  }
  // A database outcome depends on the failure and the design only (no cycles run through it), so one per endpoint kind suffices.
  const log: string[] | undefined = ctx.record ? [] : undefined;
  ctx.log = log;
  const o = evalDbNow(ctx, db, endpoint);
  ctx.log = undefined;
  memo.set(db.id, o);
  if (log) ctx.dbTouched.set(o, log);
  return o;
}

function evalDbNow(ctx: EvalCtx, db: NodeOf<'database'>, endpoint: 'writer' | 'reader' | 'instance'): Outcome {
  touch(ctx, db.id);
  const replicas = replicasOf(ctx, db.id);
  if (endpoint === 'reader' && db.role === 'replica') {
    const src = ctx.f.inc(db.id).find((e) => e.kind === 'replication');
    const primary = src ? ctx.f.node(src.source) : undefined;
    const others = [...(primary?.kind === 'database' ? [...replicasOf(ctx, primary.id).filter((r) => r.id !== db.id), primary] : [])];
    const expr = buildingExpressions() ? any([dbLeaf(ctx, db), ...others.map((o) => dbLeaf(ctx, o))]) : NOTHING;
    if (!ctx.down.isDown(db.id)) return ok(expr);
    if (standbyAlive(ctx, db)) return ok(expr, RECOVERY.multiAzFailoverSeconds);
    const other = others.find((o) => alive(ctx, o));
    if (other) {
      ctx.takeovers.push({ id: other.id, for: db.id, mechanism: 'reads move to another copy', seconds: RECOVERY.readerRedirectSeconds });
      return { ok: true, rto: RECOVERY.readerRedirectSeconds, rpo: 0, path: [], expr, servedBy: other.id };
    }
    return broken(db.id, 'no copy of the data is left to read from', expr);
  }
  const promotable = endpoint === 'instance' ? [] : replicas;
  // Domain evaluations build no expression: skipping the leaves spares their arrays and AZ lookups.
  const expr = !buildingExpressions() ? NOTHING : promotable.length ? any([dbLeaf(ctx, db), ...promotable.map((r) => dbLeaf(ctx, r))]) : dbLeaf(ctx, db);
  if (!ctx.down.isDown(db.id)) return ok(expr);
  if (endpoint === 'instance') return broken(db.id, 'the client is pinned to the instance address and does not follow a failover', expr);
  if (standbyAlive(ctx, db)) {
    // Only what-if reads takeovers; the standby is part of the same node, so the text names where it runs.
    if (ctx.record) {
      const subnet = standbySubnet(ctx, db);
      const where = (subnet === undefined ? undefined : ctx.f.zone(subnet)) ?? 'another AZ';
      ctx.takeovers.push({ id: db.id, for: db.id, mechanism: `Multi-AZ standby in ${where} takes over: standby promoted, the writer endpoint follows`, seconds: RECOVERY.multiAzFailoverSeconds });
    }
    return ok(expr, RECOVERY.multiAzFailoverSeconds, 0);
  }
  const replica = promotable.find((r) => alive(ctx, r));
  if (replica) {
    ctx.takeovers.push({ id: replica.id, for: db.id, mechanism: 'read replica promoted to primary', seconds: RECOVERY.replicaPromotionSeconds });
    return { ok: true, rto: RECOVERY.replicaPromotionSeconds, rpo: RECOVERY.replicaLagSeconds, path: [], expr, servedBy: replica.id };
  }
  if (db.backupRetentionDays > 0) return broken(db.id, 'no standby or replica survives (restore from backup needed)', expr, RECOVERY.restoreFromBackupSeconds, RECOVERY.pointInTimeRpoSeconds);
  return broken(db.id, 'no standby, replica or backup survives', expr, null, null);
}

/** One dependency edge of an app, including the network path when it crosses VPCs. */
export function evalDependency(ctx: EvalCtx, app: App, d: Dependency): Outcome {
  const { e, target } = d;
  if (!target) return ok({ t: 'all', items: [] });
  let dep: Outcome;
  if (target.kind === 'database') dep = evalDb(ctx, target, e.kind === 'dependency' ? e.endpoint ?? 'writer' : 'writer');
  else if (target.kind === 'loadBalancer') dep = evalLb(ctx, target);
  else dep = evalTarget(ctx, target);
  let net: Outcome | undefined;
  const va = d.appVpc;
  const vb = dep.servedBy === undefined ? d.targetVpc : ctx.f.vpc(dep.servedBy);
  if (va !== undefined && vb !== undefined && va !== vb) {
    const path = linkPath(ctx, va, vb);
    for (const x of path ?? []) touch(ctx, x);
    const links: Expr[] = (path ?? []).flatMap((x) => { const n = ctx.f.node(x); return n ? [leaf(n.kind, n.id)] : []; });
    net = path ? ok({ t: 'all', items: links }) : broken(vb, `no working network path from ${va} to ${vb} (peering, transit gateway or VPN)`, { t: 'all', items: links });
  }
  if (!net) return dep;
  const both = series(app.id, [net, dep]);
  return both.ok ? both : { ...both, path: both.path.slice(1) };
}
