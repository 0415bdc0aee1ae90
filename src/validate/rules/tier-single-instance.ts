/** tier-single-instance: a serving tier of one instance (the seed's missing standby). */
import type { DesignNode, NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { trafficTargets } from '../graph/tier';

const m = meta('tier-single-instance', 'Serving tier has a single instance', 'error',
  'A tier that receives traffic (the targets of a target group, or what a DNS record points at) has fewer than 2 instances and no auto scaling group with a minimum of 2.',
  ['Well-Architected REL10-BP01', 'SEED: at least two nodes per service'],
  'When the only instance of a tier stops, the service stops with it until someone rebuilds it. Run at least two instances in different AZs, ideally in an auto scaling group with min ≥ 2, so the load balancer keeps serving from the others.');

/** The rule. */
export default defineRule<NodeOf<'targetGroup'> | NodeOf<'dnsRecord'>>({
  meta: m,
  subjects: (f) => [...f.ofKind('targetGroup'), ...f.ofKind('dnsRecord')],
  check(f, s) {
    const targets: DesignNode[] = trafficTargets(f, s.id);
    if (s.kind === 'dnsRecord') {
      const instances = targets.filter((t) => t.kind === 'instance');
      if (!instances.length || instances.length !== targets.length || instances.length >= 2) return [];
      return [finding(m, [s.id, ...instances.map((i) => i.id)], `DNS record ${label(s)} sends all traffic to the single instance ${label(instances[0])}: when it stops, the name resolves to nothing that answers.`,
        'Put two or more instances in different AZs behind a load balancer and point the record at the load balancer.')];
    }
    if (!targets.length && !f.inc(s.id).some((e) => e.kind === 'traffic')) return [];
    const instances = targets.filter((t) => t.kind === 'instance');
    const asgs = targets.filter((t): t is NodeOf<'autoScalingGroup'> => t.kind === 'autoScalingGroup');
    if (instances.length >= 2 || asgs.some((a) => a.minSize >= 2)) return [];
    const what = asgs.length ? `an auto scaling group with minimum ${Math.max(...asgs.map((a) => a.minSize))}` : instances.length === 1 ? `the single instance ${label(instances[0])}` : 'no instance at all';
    return [finding(m, [s.id, ...targets.map((t) => t.id)], `Target group ${label(s)} is served by ${what}: one instance failure takes the tier down.`,
      asgs.length ? `Set the minimum size of ${asgs.map((a) => a.id).join(', ')} to at least 2, spread over two or more AZs.` : 'Replace the lone instance with an auto scaling group (min 2) across at least two AZs, or register a second instance in another AZ.')];
  },
});
