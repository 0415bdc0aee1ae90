/** asg-no-elb-health-check: an ASG behind a load balancer that ignores the load balancer's health verdict. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('asg-no-elb-health-check', 'ASG behind a load balancer uses EC2 health checks', 'warning',
  'An auto scaling group that is a load balancer target uses EC2 status checks instead of ELB health checks.',
  ['Security Hub AutoScaling.1', 'Checkov CKV2_AWS_15'],
  'With EC2 health checks the group only replaces instances whose VM fails; an instance whose app is dead but whose VM runs stays in service forever while the load balancer ignores it. Use health check type ELB.');

/** The rule. */
export default defineRule<NodeOf<'autoScalingGroup'>>({
  meta: m,
  subjects: (f) => f.ofKind('autoScalingGroup'),
  check(f, asg) {
    if (asg.healthCheckType === 'ELB') return [];
    const tgs = f.inc(asg.id).filter((e) => e.kind === 'traffic' && f.node(e.source)?.kind === 'targetGroup').map((e) => e.source);
    if (!tgs.length) return [];
    return [finding(m, [asg.id, ...tgs], `Auto scaling group ${label(asg)} is behind ${tgs.join(', ')} but uses EC2 health checks: it keeps instances the load balancer already considers dead.`,
      `Set healthCheckType of ${asg.id} to ELB (with a grace period covering boot time).`)];
  },
});
