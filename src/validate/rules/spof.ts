/** spof: failure domains (one resource, one AZ, one region) whose loss leaves an entry point without a working path. */
import type { FailureDomain } from '../types';
import type { Facts } from '../facts';
import { domainKey, domainLabel } from '../graph/down';
import { finding, label, meta, type AnalysisRule } from '../rule';
import type { Finding } from '../types';

const m = meta('spof', 'Single point of failure', 'error',
  'Simulating the loss of each failure domain (each resource, each AZ, each region the design depends on) leaves an entry point (internet-facing load balancer or DNS record) without a working path to the capacity and data stores it needs.',
  ['Well-Architected REL10-BP01', 'Well-Architected REL11-BP05', 'SEED: at least two nodes per service, multi-site deployment'],
  'The graph analysis follows every entry point through load balancers (per AZ), target groups, instances and auto scaling groups (capacity per AZ, NAT egress), to databases (Multi-AZ standby, replica promotion, pinned clients) and across VPC links, then removes one domain at a time. A domain whose loss breaks a path is a single point of failure even when no attribute-level rule fires. Add redundancy for the named element in another AZ (or region), so a takeover exists.');

function fixFor(f: Facts, d: FailureDomain, path: readonly string[]): string {
  if (d.type === 'region') return 'Deploy a second region (copy of the stack, cross-region database replica) behind DNS failover or latency records with health checks.';
  if (d.type === 'az') return `Spread every element of the path over at least two AZs (${path.slice(1).join(', ')}): targets in another AZ, a Multi-AZ database, and a NAT gateway per AZ.`;
  const n = f.node(d.id);
  switch (n?.kind) {
    case 'instance': return `Replace ${d.id} with an auto scaling group (min 2) across AZs, or add a second instance in another AZ behind the load balancer.`;
    case 'database': return `Enable Multi-AZ on ${d.id} (or add a replica in another AZ) and connect through the writer endpoint, not the instance address.`;
    case 'natGateway': return `Give each AZ its own NAT gateway and route each AZ's private subnets to the NAT in the same AZ.`;
    case 'autoScalingGroup': return `Raise the minimum and desired capacity of ${d.id} to at least 2 across AZs.`;
    default: return `Add a second, independent path next to ${d.id} (a second VPN connection or transit gateway attachment, or a peering).`;
  }
}

/** The rule. */
const spof: AnalysisRule = {
  meta: m,
  fromAnalyses(analyses, f) {
    const byDomain = new Map<string, { d: FailureDomain; eps: string[]; path: readonly string[]; reason: string }>();
    for (const a of analyses) {
      for (const s of a.spofs) {
        const k = domainKey(s.domain);
        const hit = byDomain.get(k);
        if (hit) hit.eps.push(a.ep.id);
        else byDomain.set(k, { d: s.domain, eps: [a.ep.id], path: s.path, reason: s.reason });
      }
    }
    const out: Finding[] = [];
    for (const { d, eps, path, reason } of byDomain.values()) {
      const names = eps.map((id) => label(f.node(id))).join(', ');
      out.push(finding(m, [...(d.type === 'resource' ? [d.id] : []), ...eps, ...path],
        `Losing ${domainLabel(f, d)} takes down ${names}: ${path.join(' → ')} breaks (${reason}).`, fixFor(f, d, path)));
    }
    return out;
  },
};
export default spof;
