/** tier-single-az: a whole tier confined to one AZ dies with the AZ. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { tierMembers, zonesOf } from '../graph/tier';

const m = meta('tier-single-az', 'Tier confined to one AZ', 'error',
  'All capacity of a tier (an auto scaling group\'s subnets, or a target group\'s targets) sits in a single availability zone.',
  ['Trusted Advisor: EC2 Availability Zone Balance', 'Security Hub AutoScaling.2', 'Well-Architected REL10-BP01'],
  'An AZ can fail as a whole (power, network, control plane). A tier confined to one AZ goes down with it, however many instances it has. Spread the tier over at least two AZs: give the auto scaling group a subnet in each, or register targets in several AZs.');

/** The rule. */
export default defineRule<NodeOf<'targetGroup'> | NodeOf<'autoScalingGroup'>>({
  meta: m,
  subjects: (f) => [...f.ofKind('targetGroup'), ...f.ofKind('autoScalingGroup')],
  check(f, s) {
    if (s.kind === 'autoScalingGroup') {
      if (f.inc(s.id).some((e) => e.kind === 'traffic')) return [];
      const zones = zonesOf(f, s.subnetIds);
      if (zones.size !== 1 || s.desiredCapacity === 0) return [];
      return [finding(m, [s.id, ...s.subnetIds], `Auto scaling group ${label(s)} launches only into ${[...zones][0]}: losing that AZ loses the whole tier.`,
        `Add a subnet in another AZ to ${s.id} (its subnetIds) so instances spread over at least two AZs.`)];
    }
    const members = tierMembers(f, s.id).filter((x) => x.capacity > 0);
    const zones = new Set(members.flatMap((x) => (x.zone === undefined ? [] : [x.zone])));
    if (zones.size !== 1) return [];
    const nodes = [...new Set(members.map((x) => x.node.id))];
    return [finding(m, [s.id, ...nodes], `Every target of ${label(s)} is in ${[...zones][0]}: losing that AZ takes the tier down.`,
      nodes.some((id) => f.node(id)?.kind === 'autoScalingGroup') ? `Add subnets in other AZs to ${nodes.join(', ')}.` : `Register targets in at least one more AZ (better: an auto scaling group across AZs).`)];
  },
});
