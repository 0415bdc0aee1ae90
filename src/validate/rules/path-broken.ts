/** path-broken: a load balancer or DNS record that cannot reach what it needs even with nothing failed. */
import type { NodeOf } from '../../model';
import { newCtx, evalTarget } from '../graph/evaluate';
import { NOTHING_DOWN } from '../graph/down';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('path-broken', 'Entry point without a working path', 'error',
  'A load balancer or DNS record has no working path to its targets and the data stores they depend on, even with nothing failed (no targets, no capacity, no network link between VPCs).',
  ['Well-Architected REL10-BP01'],
  'The design as drawn cannot serve: a target group without targets, a tier of zero capacity, or a dependency across VPCs with no peering, transit gateway or VPN between them. Complete the path.');

/** The rule. */
export default defineRule<NodeOf<'loadBalancer'> | NodeOf<'dnsRecord'>>({
  meta: m,
  subjects: (f) => [...f.ofKind('loadBalancer'), ...f.ofKind('dnsRecord')],
  check(f, n) {
    if (n.kind === 'dnsRecord' && !f.out(n.id).length) return [];
    if (n.kind === 'loadBalancer' && !f.out(n.id).some((e) => e.kind === 'traffic')) return [];
    const o = evalTarget(newCtx(f, NOTHING_DOWN, false), n);
    if (o.ok) return [];
    return [finding(m, [...o.path], `${label(n)} cannot serve even with nothing failed: ${o.path.join(' → ')} — ${o.reason ?? 'broken'}.`,
      'Complete the path: register targets, give the tier capacity, and link VPCs that depend on each other (peering, transit gateway or VPN).')];
  },
});
