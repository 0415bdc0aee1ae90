/** Per entry point analysis: the closure it depends on, every failure domain in it simulated, availability, RTO and RPO. */
import type { DesignNode, NodeKind } from '../../model';
import type { Facts } from '../facts';
import type { Disruption, FailureDomain } from '../types';
import { components, evaluate, lookupWith, withoutExpressions } from './availability';
import { downFor, domainLabel, NOTHING_DOWN } from './down';
import { evalTarget, newCtx } from './evaluate';
import type { Outcome } from './outcome';
import { newShape } from './shape';

/** Kinds whose single loss is a failure domain (managed, internally redundant services such as load balancers and DNS are not). */
export const FAILABLE_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['instance', 'database', 'natGateway', 'autoScalingGroup', 'vpnConnection', 'transitGateway', 'vpcPeering']);

/** A failure domain whose loss breaks the entry point, with the broken path. */
export interface Spof {
  readonly domain: FailureDomain;
  readonly label: string;
  readonly path: readonly string[];
  readonly reason: string;
}

/** Everything the validator knows about one entry point. */
export interface EntryAnalysis {
  readonly ep: DesignNode;
  readonly baseline: Outcome;
  readonly spofs: readonly Spof[];
  readonly availability: number;
  readonly components: readonly { key: string; id: string; availability: number }[];
  readonly rto: Readonly<Record<Disruption, number | null>>;
  readonly rpo: Readonly<Record<Disruption, number | null>>;
  readonly domains: readonly FailureDomain[];
  /** Baseline outcome of every load balancer on the entry point's paths, by id. */
  readonly loadBalancers: ReadonlyMap<string, Outcome>;
}

/** Entry points: DNS records with targets, and internet-facing load balancers no DNS record points at. */
export function entryPoints(f: Facts): DesignNode[] {
  const eps: DesignNode[] = f.ofKind('dnsRecord').filter((d) => f.out(d.id).some((e) => e.kind === 'traffic'));
  for (const lb of f.ofKind('loadBalancer')) {
    if (lb.scheme === 'internet-facing' && !f.inc(lb.id).some((e) => e.kind === 'traffic' && f.node(e.source)?.kind === 'dnsRecord')) eps.push(lb);
  }
  return eps;
}

const CLASS: Readonly<Record<FailureDomain['type'], Disruption>> = { resource: 'instance', az: 'az', region: 'region' };
const worse = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.max(a, b));

/** Analyses one entry point (reads only through `f`, so the result can be cached on its reads). */
export function analyzeEntryPoint(f: Facts, ep: DesignNode): EntryAnalysis {
  const shape = newShape();
  const base = newCtx(f, NOTHING_DOWN, true, undefined, shape);
  const baseline = evalTarget(base, ep);
  const domains: FailureDomain[] = [
    ...[...base.seen].filter((id) => FAILABLE_KINDS.has(f.node(id)?.kind ?? 'generic')).map((id): FailureDomain => ({ type: 'resource', id })),
    ...[...base.zones].sort().map((zone): FailureDomain => ({ type: 'az', zone })),
    ...[...base.regions].sort().map((region): FailureDomain => ({ type: 'region', region })),
  ];
  const rto: Record<Disruption, number | null> = { instance: 0, az: 0, region: 0 };
  const rpo: Record<Disruption, number | null> = { instance: 0, az: 0, region: 0 };
  const spofs: Spof[] = [];
  const lookup = lookupWith(f.overrides());
  const loadBalancers = new Map<string, Outcome>();
  for (const [k, o] of base.outcomes) if (k.startsWith('lb:')) loadBalancers.set(k.slice(3), o);
  if (!baseline.ok) {
    return { ep, loadBalancers, baseline, spofs, availability: 0, components: components(baseline.expr, lookup), rto: { instance: null, az: null, region: null }, rpo: { instance: null, az: null, region: null }, domains };
  }
  const obj = f.objectives();
  const regionMatters = base.regions.size > 1 || obj.rtoSeconds.region !== undefined || obj.rpoSeconds.region !== undefined;
  const known = { closures: base.closures, outcomes: base.outcomes };
  withoutExpressions(() => {
    for (const d of domains) {
      const o = evalTarget(newCtx(f, downFor(f, d), false, known, shape), ep);
      const c = CLASS[d.type];
      rto[c] = worse(rto[c], o.rto);
      rpo[c] = worse(rpo[c], o.rpo);
      if (!o.ok && (d.type !== 'region' || regionMatters)) spofs.push({ domain: d, label: domainLabel(f, d), path: o.path, reason: o.reason ?? 'lost' });
    }
  });
  return { ep, loadBalancers, baseline, spofs, availability: evaluate(baseline.expr, lookup), components: components(baseline.expr, lookup), rto, rpo, domains };
}
