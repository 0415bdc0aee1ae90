/** The path evaluator: does an entry point still reach every data store it needs when a failure domain is lost? */
import type { DesignNode, NodeOf } from '../../model';
import type { Facts } from '../facts';
import type { Takeover } from '../types';
import { any, buildingExpressions, leaf, type Expr } from './availability';
import type { Down } from './down';
import { evalDependency } from './dependency';
import { broken, ok, series, type Outcome } from './outcome';
import { evalApp, evalTier } from './serving';
import { dependencies, dnsRoutes, lbTargetGroups, lbZones, newShape, partKey, subnetEgress, type Shape } from './shape';

/** State of one evaluation: the failure, what was looked at (the entry point's closure), and what-if observations. */
export interface EvalCtx {
  readonly f: Facts;
  readonly down: Down;
  readonly seen: Set<string>;
  readonly zones: Set<string>;
  readonly regions: Set<string>;
  readonly degraded: Set<string>;
  readonly takeovers: Takeover[];
  /** Domain mode: dependency outcomes computed in this evaluation, by app id (made on first use). */
  memo: Map<string, Outcome> | undefined;
  /** Apps and DNS records being evaluated (cycle guard; a few entries, innermost last). */
  readonly stack: string[];
  /** False for the many domain evaluations of an analysis: skip closure and what-if bookkeeping. */
  readonly record: boolean;
  /** Database outcomes per endpoint kind, by database id. */
  readonly dbMemo: Map<string, Outcome>[];
  /** Record mode: the nodes each memoised database outcome touched, replayed on reuse so closures stay complete. */
  readonly dbTouched: Map<Outcome, readonly string[]>;
  /** Record mode: where `touch` also logs ids while a database outcome is computed. */
  log: string[] | undefined;
  /** Record mode: the closures being collected (innermost last), and each load balancer's / tier's closure and outcome. */
  readonly collectors: Closure[];
  readonly closures: Map<string, Closure>;
  readonly outcomes: Map<string, Outcome>;
  /** Domain mode: the baseline's closures and outcomes, so parts the failure cannot touch are not re-evaluated. */
  readonly base?: Baseline;
  /** Design-derived lookups shared by every evaluation of one analysis. */
  readonly shape: Shape;
}

/** What one part of a path depends on: node ids, AZs, regions. */
export interface Closure { readonly ids: Set<string>; readonly zones: Set<string>; readonly regions: Set<string> }
/** Per part closures and outcomes of a baseline evaluation. */
export interface Baseline { readonly closures: ReadonlyMap<string, Closure>; readonly outcomes: ReadonlyMap<string, Outcome> }

const NO_SET: Set<string> = { add: () => NO_SET, has: () => false, delete: () => false } as unknown as Set<string>;
const NO_LIST: Takeover[] = { push: () => 0 } as unknown as Takeover[];

const NO_CLOSURES: Map<string, Closure> = new Map();
const NO_OUTCOMES: Map<string, Outcome> = new Map();
// Outside record mode nothing collects closures (`part` returns before pushing).
const NO_COLLECTORS: Closure[] = [];
const NO_TOUCHED: Map<Outcome, readonly string[]> = new Map();

/** A fresh evaluation context; `record` keeps the closure and what-if observations; `base` lets a domain evaluation skip untouched parts; `shape` is shared by the evaluations of one analysis. */
export function newCtx(f: Facts, down: Down, record = true, base?: Baseline, shape: Shape = newShape()): EvalCtx {
  if (!record) {
    return { f, down, seen: NO_SET, zones: NO_SET, regions: NO_SET, degraded: NO_SET, takeovers: NO_LIST, memo: undefined, dbMemo: [], dbTouched: NO_TOUCHED, log: undefined, stack: shape.stack, record, collectors: NO_COLLECTORS, closures: NO_CLOSURES, outcomes: NO_OUTCOMES, base, shape };
  }
  return { f, down, seen: new Set(), zones: new Set(), regions: new Set(), degraded: new Set(), takeovers: [], memo: undefined, dbMemo: [], dbTouched: new Map(), log: undefined, stack: [], record, collectors: [], closures: new Map(), outcomes: new Map(), base, shape };
}

/** Records a node as part of the closure (with its AZ and region as failure domains). */
export function touch(ctx: EvalCtx, id: string): void {
  if (!ctx.record) return;
  ctx.log?.push(id);
  // Collectors nest (innermost last) and an outer one is active whenever an inner one is, so an inner closure is a
  // subset of every outer one (and of `seen`): only the collectors above the first one holding the id need it.
  const cs = ctx.collectors;
  let i = cs.length - 1;
  while (i >= 0 && !cs[i]!.ids.has(id)) i--;
  const fresh = i < 0 && !ctx.seen.has(id);
  if (!fresh && i === cs.length - 1) return;
  const z = ctx.f.zone(id);
  const r = ctx.f.region(id);
  for (let j = i + 1; j < cs.length; j++) {
    const c = cs[j]!;
    c.ids.add(id);
    if (z !== undefined) c.zones.add(z);
    if (r !== undefined) c.regions.add(r);
  }
  if (!fresh) return;
  ctx.seen.add(id);
  if (z !== undefined) ctx.zones.add(z);
  if (r !== undefined) ctx.regions.add(r);
}

function touches(c: Closure, d: Down['domain']): boolean {
  if (!d) return false;
  return d.type === 'resource' ? c.ids.has(d.id) : d.type === 'az' ? c.zones.has(d.zone) : c.regions.has(d.region);
}

/** Domain mode: the baseline outcome of a part the failure cannot touch (undefined: evaluate it). */
export function untouched(ctx: EvalCtx, key: string): Outcome | undefined {
  const b = ctx.base;
  if (!b) return undefined;
  const c = b.closures.get(key);
  if (!c || touches(c, ctx.down.domain)) return undefined;
  return b.outcomes.get(key);
}

/** Evaluates a part once per domain only when the domain touches it; in record mode, collects its closure. */
export function part(ctx: EvalCtx, key: string, compute: () => Outcome): Outcome {
  if (ctx.base) return untouched(ctx, key) ?? compute();
  if (!ctx.record) return compute();
  // The first part of an evaluation (an entry point that is a load balancer) reaches everything the evaluation
  // does: its closure is the evaluation's own, so it shares those sets (a superset, should more be touched later).
  const first = ctx.collectors.length === 0 && ctx.seen.size === 0;
  const c: Closure = first ? { ids: ctx.seen, zones: ctx.zones, regions: ctx.regions } : { ids: new Set(), zones: new Set(), regions: new Set() };
  ctx.collectors.push(c);
  const o = compute();
  ctx.collectors.pop();
  ctx.closures.set(key, c);
  ctx.outcomes.set(key, o);
  return o;
}

/** The lost NAT or gateway that cuts a subnet's default-route egress, if any. */
export function egressBlocker(ctx: EvalCtx, subnetId: string | undefined): string | undefined {
  if (subnetId === undefined) return undefined;
  const { rt, via } = subnetEgress(ctx.shape, ctx.f, subnetId);
  if (rt === undefined) return undefined;
  touch(ctx, rt);
  if (via === undefined) return undefined;
  touch(ctx, via);
  return ctx.down.isDown(via) ? via : undefined;
}

/** Whether a subnet still has its default-route egress. */
export function egressOk(ctx: EvalCtx, subnetId: string | undefined): boolean {
  return egressBlocker(ctx, subnetId) === undefined;
}

function dnsDetect(rec: NodeOf<'dnsRecord'>, hc: { intervalSeconds: number; failureThreshold: number }): number {
  return hc.intervalSeconds * hc.failureThreshold + rec.ttlSeconds;
}

function evalDns(ctx: EvalCtx, rec: NodeOf<'dnsRecord'>): Outcome {
  if (ctx.stack.includes(rec.id)) return broken(rec.id, 'DNS records point at each other in a loop', leaf('route53', rec.id));
  ctx.stack.push(rec.id);
  try {
    return evalDnsNow(ctx, rec);
  } finally {
    ctx.stack.pop();
  }
}

function evalDnsNow(ctx: EvalCtx, rec: NodeOf<'dnsRecord'>): Outcome {
  touch(ctx, rec.id);
  const routes = dnsRoutes(ctx.shape, ctx.f, rec);
  if (!routes.length) return broken(rec.id, 'the DNS record points at nothing', leaf('route53', rec.id));
  const outs = routes.map((r) => evalTarget(ctx, r.t));
  const own = leaf('route53', rec.id);
  if (rec.routing === 'failover') {
    const pi = Math.max(0, routes.findIndex((r) => r.e.kind === 'traffic' && r.e.dns?.failoverRole === 'primary'));
    const si = routes.findIndex((r, i) => i !== pi);
    const p = outs[pi]!;
    const hc = routes[pi]!.hc;
    if (si < 0 || !hc) return series(rec.id, [p], [own]);
    const s = outs[si]!;
    const detect = dnsDetect(rec, hc);
    const expr = any([p.expr, s.expr]);
    if (p.ok && p.rto === 0) return { ...p, expr: series(rec.id, [], [own, expr]).expr };
    if (!s.ok) return { ...series(rec.id, [p], [own]), expr: series(rec.id, [], [own, expr]).expr };
    const viaSecondary = Math.max(detect, s.rto ?? Infinity);
    if (!p.ok) ctx.takeovers.push({ id: routes[si]!.t.id, for: routes[pi]!.t.id, mechanism: 'DNS failover to the secondary record', seconds: detect });
    const rto = Math.min(p.ok && p.rto !== null ? p.rto : Infinity, viaSecondary);
    ctx.degraded.add(rec.id);
    return { ok: true, rto: Number.isFinite(rto) ? rto : null, rpo: s.rpo, path: [], expr: series(rec.id, [], [own, expr]).expr };
  }
  const checked = routes.length > 1 && routes.every((r) => r.hc);
  if (!checked) return series(rec.id, outs, [own]);
  const alive = outs.filter((o) => o.ok);
  const expr = series(rec.id, [], [own, any(outs.map((o) => o.expr))]).expr;
  if (!alive.length) return { ...series(rec.id, outs, [own]), expr };
  let rto = 0;
  let rpo: number | null = 0;
  outs.forEach((o, i) => {
    if (o.ok && o.rto === 0) return;
    if (!o.ok) ctx.degraded.add(rec.id);
    const others = outs.filter((x, j) => j !== i && x.ok).map((x) => x.rto ?? Infinity);
    const moved = Math.max(dnsDetect(rec, routes[i]!.hc!), Math.min(Infinity, ...others));
    rto = Math.max(rto, Math.min(o.ok && o.rto !== null ? o.rto : Infinity, moved));
  });
  for (const o of alive) rpo = rpo === null || o.rpo === null ? null : Math.max(rpo, o.rpo);
  return { ok: true, rto: Number.isFinite(rto) ? rto : null, rpo, path: [], expr };
}

/** Evaluates an entry point (DNS record or load balancer) or any traffic target. */
export function evalTarget(ctx: EvalCtx, node: DesignNode): Outcome {
  if (node.kind === 'dnsRecord') return evalDns(ctx, node);
  if (node.kind === 'loadBalancer') return evalLb(ctx, node);
  if (node.kind === 'instance' || node.kind === 'autoScalingGroup') return evalApp(ctx, node);
  touch(ctx, node.id);
  return ctx.down.isDown(node.id) ? broken(node.id, 'lost with the failure', leaf('generic', node.id)) : ok(leaf('generic', node.id));
}

/** A load balancer: its nodes in live AZs, and every target group behind it. */
export function evalLb(ctx: EvalCtx, lb: NodeOf<'loadBalancer'>): Outcome {
  const key = partKey(ctx.shape, 'lb:', lb.id);
  // Domain mode skips the closure `part` takes: one per load balancer and domain.
  if (!ctx.record) return untouched(ctx, key) ?? evalLbNow(ctx, lb);
  return part(ctx, key, () => evalLbNow(ctx, lb));
}

function anyUp(ctx: EvalCtx, ids: readonly string[]): boolean {
  for (const id of ids) if (!ctx.down.isDown(id)) return true;
  return false;
}

function evalLbNow(ctx: EvalCtx, lb: NodeOf<'loadBalancer'>): Outcome {
  touch(ctx, lb.id);
  if (ctx.record) for (const s of lb.subnetIds) touch(ctx, s);
  const { zones, subnets, all, allKey } = lbZones(ctx.shape, ctx.f, lb);
  const own = leaf(zones.length >= 2 ? 'elb.multiAz' : 'elb.singleAz', lb.id, zones.length === 1 ? zones[0] : undefined);
  if (ctx.down.isDown(lb.id)) return broken(lb.id, 'the load balancer is lost', own);
  // Usually every AZ is live: the shared set and its precomputed key spare an allocation per domain.
  let live: Set<string> | undefined;
  for (let k = 0; k < zones.length; k++) {
    if (anyUp(ctx, subnets[k]!)) live?.add(zones[k]!);
    else live ??= new Set(zones.slice(0, k));
  }
  const liveZones: ReadonlySet<string> = live ?? all;
  if (!liveZones.size) return broken(lb.id, zones.length ? 'the load balancer has no node left in a live AZ' : 'the load balancer is enabled in no subnet', own);
  if (liveZones.size < zones.length) ctx.degraded.add(lb.id);
  const tgs = lbTargetGroups(ctx.shape, ctx.f, lb.id);
  if (!tgs.length) return broken(lb.id, 'the load balancer forwards to no target group', own);
  return series(lb.id, tgs.map((tg) => evalTier(ctx, tg, lb.crossZone ? undefined : liveZones, live ? undefined : allKey)), buildingExpressions() ? [own] : undefined);
}

/** All dependencies of an app (databases, internal services), memoised per evaluation; cycles count as working. */
export function appDeps(ctx: EvalCtx, app: NodeOf<'instance'> | NodeOf<'autoScalingGroup'>): Outcome {
  const key = partKey(ctx.shape, 'app:', app.id);
  if (ctx.record) return part(ctx, key, () => appDepsNow(ctx, app));
  // Memoised only outside record mode (a recorded closure must see every node it reaches); baseline reuse needs no memo.
  const hit = ctx.memo?.get(app.id) ?? untouched(ctx, key);
  if (hit) return hit;
  const out = appDepsNow(ctx, app);
  (ctx.memo ??= new Map()).set(app.id, out);
  return out;
}

function appDepsNow(ctx: EvalCtx, app: NodeOf<'instance'> | NodeOf<'autoScalingGroup'>): Outcome {
  if (ctx.stack.includes(app.id)) return ok({ t: 'all', items: [] } as Expr);
  ctx.stack.push(app.id);
  const parts = dependencies(ctx.shape, ctx.f, app.id).map((d) => evalDependency(ctx, app, d));
  ctx.stack.pop();
  return parts.length ? series(app.id, parts) : ok({ t: 'all', items: [] });
}
