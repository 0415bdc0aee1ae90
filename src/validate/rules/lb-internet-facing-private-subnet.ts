/** lb-internet-facing-private-subnet: an internet-facing load balancer node in a subnet without a route to an internet gateway. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('lb-internet-facing-private-subnet', 'Internet-facing load balancer in a private subnet', 'error',
  'An internet-facing load balancer is enabled in a subnet whose route table has no route to an internet gateway.',
  ['Trusted Advisor: NLB internet-facing resource in private subnet'],
  'An internet-facing load balancer node in a subnet without a route to an internet gateway cannot receive internet traffic; clients DNS sends to that AZ time out. Enable the load balancer in public subnets (route 0.0.0.0/0 → internet gateway).');

/** The rule. */
export default defineRule<NodeOf<'loadBalancer'>>({
  meta: m,
  subjects: (f) => f.ofKind('loadBalancer'),
  check(f, lb) {
    if (lb.scheme !== 'internet-facing') return [];
    const bad = lb.subnetIds.filter((s) => {
      const rt = f.routeTableOf(s);
      return !rt?.routes.some((r) => r.targetKind === 'internetGateway' && r.target !== undefined && f.node(r.target)?.kind === 'internetGateway');
    });
    if (!bad.length) return [];
    return [finding(m, [lb.id, ...bad], `Internet-facing load balancer ${label(lb)} is enabled in ${bad.join(', ')} with no route to an internet gateway: clients sent to that AZ cannot reach it.`,
      `Enable ${lb.id} in public subnets instead, or associate ${bad.join(', ')} with a route table that routes 0.0.0.0/0 to the internet gateway.`)];
  },
});
