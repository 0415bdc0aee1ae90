/** CloudWatch metric alarm on one resource of the design, notifying topics. */
import type { DesignNode } from '../../model';
import { ref } from '../props';
import type { KindSpec } from './spec';

/** The CloudWatch namespace of a resource's metrics when the alarm names none. */
export function defaultNamespace(node: DesignNode | undefined): string | null {
  switch (node?.kind) {
    case 'instance': case 'autoScalingGroup': return 'AWS/EC2';
    case 'loadBalancer': return node.type === 'application' ? 'AWS/ApplicationELB' : 'AWS/NetworkELB';
    case 'targetGroup': return 'AWS/ApplicationELB';
    case 'database': return 'AWS/RDS';
    case 'natGateway': return 'AWS/NATGateway';
    case 'vpnConnection': return 'AWS/VPN';
    case 'transitGateway': return 'AWS/TransitGateway';
    default: return null;
  }
}

/** Alarm spec (PutMetricAlarm overwrites, so nothing forces replacement). */
export const alarmSpec: KindSpec<'alarm'> = {
  kind: 'alarm',
  desired: (n, index) => ({
    props: {
      metric: n.metric,
      namespace: n.namespace ?? defaultNamespace(n.resourceId ? index.byId.get(n.resourceId) : undefined),
      statistic: n.statistic,
      comparison: n.comparison,
      threshold: n.threshold,
      periodSeconds: n.periodSeconds,
      evaluationPeriods: n.evaluationPeriods,
      resource: n.resourceId ? ref(n.resourceId) : null,
      topics: n.topicIds.map(ref),
    },
  }),
  replaceOn: {},
};
