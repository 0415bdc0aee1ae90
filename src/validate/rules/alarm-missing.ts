/** alarm-missing: a load balancer, auto scaling group or database that no alarm watches. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { targetGroupsOf } from '../graph/tier';

const m = meta('alarm-missing', 'Critical resource without an alarm', 'warning',
  'A load balancer, auto scaling group or database has no CloudWatch alarm watching it.',
  ['Well-Architected REL11-BP01', 'Well-Architected REL06-BP01'],
  'Without an alarm, failures are found by customers, not operators. Alarm on load balancer 5xx and healthy host count, auto scaling group in-service capacity, database CPU, free storage and replica lag, and notify a topic someone reads.');

type Watched = NodeOf<'loadBalancer'> | NodeOf<'autoScalingGroup'> | NodeOf<'database'>;

const SUGGEST: Readonly<Record<Watched['kind'], string>> = {
  loadBalancer: 'HTTPCode_ELB_5XX_Count > 0 and HealthyHostCount < required on its target group',
  autoScalingGroup: 'GroupInServiceInstances < minimum',
  database: 'CPUUtilization > 80%, FreeStorageSpace and (for replicas) ReplicaLag',
};

/** The rule. */
export default defineRule<Watched>({
  meta: m,
  subjects: (f) => [...f.ofKind('loadBalancer'), ...f.ofKind('autoScalingGroup'), ...f.ofKind('database')],
  check(f, n) {
    if (f.alarmsOn(n.id).length) return [];
    if (n.kind === 'loadBalancer' && targetGroupsOf(f, n.id).some((tg) => f.alarmsOn(tg.id).length)) return [];
    return [finding(m, [n.id], `No alarm watches ${label(n)}: when it fails, nobody is told.`,
      `Add an alarm on ${n.id} (${SUGGEST[n.kind]}) that notifies the operations topic.`)];
  },
});
