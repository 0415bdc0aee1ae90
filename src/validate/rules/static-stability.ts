/** static-stability: after losing any one AZ a tier's remaining capacity is below what it needs. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { asgShares, capacityByZone, requiredCapacity, tierMembers } from '../graph/tier';

const m = meta('static-stability', 'Not statically stable against an AZ loss', 'warning',
  'After losing any one AZ, the capacity a tier keeps running is below its required capacity (requiredCapacity on the target group or ASG; default: the desired capacity).',
  ['Well-Architected REL11-BP05', 'Well-Architected REL11-BP04'],
  'Replacing capacity after an AZ failure needs launches that may be slow or throttled exactly when everyone launches. A statically stable tier already runs enough in the other AZs. Over-provision so that any AZ can be lost (e.g. 3 AZs × 50%), and set requiredCapacity to the real need.');

/** The rule. */
export default defineRule<NodeOf<'targetGroup'> | NodeOf<'autoScalingGroup'>>({
  meta: m,
  subjects: (f) => [...f.ofKind('targetGroup'), ...f.ofKind('autoScalingGroup')],
  check(f, s) {
    if (s.kind === 'autoScalingGroup' && f.inc(s.id).some((e) => e.kind === 'traffic')) return [];
    const members = s.kind === 'targetGroup' ? tierMembers(f, s.id) : asgShares(f, s);
    if (!members.length) return [];
    const required = s.kind === 'targetGroup' ? requiredCapacity(s, members) : s.requiredCapacity ?? s.desiredCapacity;
    if (required === 0) return [];
    const caps = capacityByZone(members);
    const total = [...caps.values()].reduce((a, b) => a + b, 0);
    let worst: [string, number] | undefined;
    for (const [z, c] of caps) if (total - c < required && (!worst || c > worst[1])) worst = [z, c];
    if (!worst) return [];
    return [finding(m, [s.id, ...new Set(members.map((x) => x.node.id))], `If ${worst[0]} is lost, ${label(s)} keeps ${total - worst[1]} of the ${required} instances it needs until replacements launch.`,
      `Run at least ${required} instances outside any single AZ (e.g. ${Math.max(2, caps.size)} AZs × ${Math.ceil(required / Math.max(1, caps.size - 1))}), or set requiredCapacity to the real need.`)];
  },
});
