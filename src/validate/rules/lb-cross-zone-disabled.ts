/** lb-cross-zone-disabled: cross-zone off while targets are uneven across the load balancer's AZs. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { capacityByZone, targetGroupsOf, tierMembers, zonesOf } from '../graph/tier';

const m = meta('lb-cross-zone-disabled', 'Cross-zone load balancing off with uneven targets', 'warning',
  'Cross-zone load balancing is disabled while the targets are not spread evenly over the load balancer\'s AZs.',
  ['Security Hub ELB.9', 'Checkov CKV_AWS_152'],
  'Without cross-zone load balancing each load balancer node only uses targets in its own AZ, and every AZ receives an equal share of clients. With uneven targets, the AZ with fewer targets is overloaded. Enable cross-zone load balancing or balance the targets.');

/** The rule. */
export default defineRule<NodeOf<'loadBalancer'>>({
  meta: m,
  subjects: (f) => f.ofKind('loadBalancer'),
  check(f, lb) {
    if (lb.crossZone) return [];
    const caps = capacityByZone(targetGroupsOf(f, lb.id).flatMap((tg) => tierMembers(f, tg.id)));
    const zones = [...zonesOf(f, lb.subnetIds)];
    const values = zones.map((z) => caps.get(z) ?? 0);
    if (zones.length < 2 || Math.min(...values) === Math.max(...values)) return [];
    return [finding(m, [lb.id], `Load balancer ${label(lb)} has cross-zone load balancing off with uneven targets (${zones.map((z, i) => `${z}: ${values[i]}`).join(', ')}): the AZ with fewer targets is overloaded.`,
      `Enable cross-zone load balancing on ${lb.id}, or run the same number of targets in each of its AZs.`)];
  },
});
