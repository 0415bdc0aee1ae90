/** lb-single-az: load balancer nodes only in one AZ. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { zonesOf } from '../graph/tier';

const m = meta('lb-single-az', 'Load balancer in one AZ', 'error',
  'A load balancer is enabled in fewer than two availability zones.',
  ['Security Hub ELB.13', 'Security Hub ELB.10', 'Well-Architected REL10-BP01'],
  'A load balancer only has nodes in the AZs (subnets) it is enabled in. In one AZ it fails with that AZ and its SLA drops from 99.99% to 99.9%. Enable it in a subnet of at least two AZs.');

/** The rule. */
export default defineRule<NodeOf<'loadBalancer'>>({
  meta: m,
  subjects: (f) => f.ofKind('loadBalancer'),
  check(f, lb) {
    const zones = zonesOf(f, lb.subnetIds);
    if (zones.size >= 2) return [];
    return [finding(m, [lb.id, ...lb.subnetIds], zones.size ? `Load balancer ${label(lb)} runs only in ${[...zones][0]}: it goes down with that AZ.` : `Load balancer ${label(lb)} is enabled in no subnet, so it has no node to receive traffic.`,
      `Enable ${lb.id} in a subnet of at least two AZs (connect it to a second ${lb.scheme === 'internet-facing' ? 'public ' : ''}subnet).`)];
  },
});
