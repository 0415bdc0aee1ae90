/** nat-private-subnet: a public NAT gateway in a subnet with no route to an internet gateway gives no egress at all. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('nat-private-subnet', 'NAT gateway in a private subnet', 'error',
  'A public NAT gateway sits in a subnet whose route table has no route to an internet gateway.',
  ['AWS VPC user guide: NAT gateway basics (a public NAT gateway goes in a public subnet)'],
  'A public NAT gateway forwards private subnets\' traffic to the internet gateway of its own subnet\'s route table; placed in a private subnet it has no way out, and every subnet routed through it loses outbound access. Move it to a public subnet (route 0.0.0.0/0 → internet gateway).');

/** The rule. */
export default defineRule<NodeOf<'natGateway'>>({
  meta: m,
  subjects: (f) => f.ofKind('natGateway'),
  check(f, nat) {
    if (nat.connectivity !== 'public' || nat.parent === undefined) return [];
    const rt = f.routeTableOf(nat.parent);
    if (rt?.routes.some((r) => r.targetKind === 'internetGateway' && r.target !== undefined)) return [];
    return [finding(m, [nat.id, nat.parent], `NAT gateway ${label(nat)} is in ${nat.parent}, which has no route to an internet gateway: subnets routed through it get no outbound access.`,
      `Move ${nat.id} to a public subnet, or associate ${nat.parent} with a route table whose 0.0.0.0/0 route targets the internet gateway.`)];
  },
});
