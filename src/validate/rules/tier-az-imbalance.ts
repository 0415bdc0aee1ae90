/** tier-az-imbalance: capacity spread unevenly over AZs, so losing the big AZ loses most capacity. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { asgShares, capacityByZone, tierMembers } from '../graph/tier';

const m = meta('tier-az-imbalance', 'Tier capacity unbalanced across AZs', 'warning',
  'The capacity of a tier differs by more than 20% between the AZs it uses.',
  ['Trusted Advisor: EC2 Availability Zone Balance (spread > 20%)', 'Trusted Advisor: ELB target imbalance'],
  'When most capacity sits in one AZ, losing that AZ removes most of the tier and the rest is overloaded. Keep the same number of instances in every AZ (use a desired capacity that is a multiple of the AZ count).');

/** The rule. */
export default defineRule<NodeOf<'targetGroup'> | NodeOf<'autoScalingGroup'>>({
  meta: m,
  subjects: (f) => [...f.ofKind('targetGroup'), ...f.ofKind('autoScalingGroup')],
  check(f, s) {
    if (s.kind === 'autoScalingGroup' && f.inc(s.id).some((e) => e.kind === 'traffic')) return [];
    const members = s.kind === 'targetGroup' ? tierMembers(f, s.id) : asgShares(f, s);
    const caps = capacityByZone(members);
    if (caps.size < 2) return [];
    const values = [...caps.values()];
    const max = Math.max(...values);
    const min = Math.min(...values);
    if (max === 0 || (max - min) / max <= 0.2) return [];
    const spread = [...caps].map(([z, c]) => `${z}: ${c}`).join(', ');
    return [finding(m, [s.id, ...new Set(members.map((x) => x.node.id))], `Capacity of ${label(s)} is uneven across AZs (${spread}): losing the largest AZ removes ${Math.round((100 * max) / values.reduce((a, b) => a + b, 0))}% of it.`,
      'Balance the tier: the same instance count per AZ (desired capacity a multiple of the number of AZs).')];
  },
});
