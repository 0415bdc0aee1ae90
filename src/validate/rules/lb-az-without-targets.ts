/** lb-az-without-targets: a load balancer node in an AZ where the tier has no capacity. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { capacityByZone, targetGroupsOf, tierMembers, zonesOf } from '../graph/tier';

const m = meta('lb-az-without-targets', 'Load balancer AZ without targets', 'warning',
  'A load balancer is enabled in an AZ where none of its target groups has capacity.',
  ['Trusted Advisor: Load Balancer Optimization'],
  'Each load balancer node serves the clients DNS sends to it. In an AZ with no targets that node sends everything cross-zone (or nowhere, with cross-zone off), and the tier is not really spread. Put targets in every AZ the load balancer uses, or disable the AZ.');

/** The rule. */
export default defineRule<NodeOf<'loadBalancer'>>({
  meta: m,
  subjects: (f) => f.ofKind('loadBalancer'),
  check(f, lb) {
    const tgs = targetGroupsOf(f, lb.id);
    if (!tgs.length) return [];
    const caps = capacityByZone(tgs.flatMap((tg) => tierMembers(f, tg.id)));
    const empty = [...zonesOf(f, lb.subnetIds)].filter((z) => !caps.get(z));
    if (!empty.length) return [];
    return [finding(m, [lb.id, ...lb.subnetIds.filter((s) => empty.includes(f.zone(s) ?? ''))], `Load balancer ${label(lb)} has nodes in ${empty.join(', ')} but no targets there: that AZ adds no capacity${lb.crossZone ? '' : ' and, with cross-zone off, its clients get errors'}.`,
      `Run targets in ${empty.join(', ')} (add the AZ's subnet to the auto scaling group), or remove that subnet from ${lb.id}.`)];
  },
});
