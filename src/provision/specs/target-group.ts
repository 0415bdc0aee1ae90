/** Target group: protocol, port, health check, stickiness and registered instance targets. */
import { isRef, ref } from '../props';
import type { PropValue } from '../types';
import { linked, vpcIdOf, type KindSpec } from './spec';

/** Target group spec; a missing health check means "AWS default", not compared. */
export const targetGroupSpec: KindSpec<'targetGroup'> = {
  kind: 'targetGroup',
  desired: (n, index) => ({
    props: {
      vpc: ref(vpcIdOf(index, n.id) ?? ''),
      protocol: n.protocol,
      port: n.port,
      ...(n.healthCheck
        ? {
            healthCheck: {
              protocol: n.healthCheck.protocol,
              path: n.healthCheck.protocol === 'TCP' ? null : (n.healthCheck.path ?? '/'),
              port: String(n.healthCheck.port),
              interval: n.healthCheck.intervalSeconds,
              timeout: n.healthCheck.timeoutSeconds,
              healthy: n.healthCheck.healthyThreshold,
              unhealthy: n.healthCheck.unhealthyThreshold,
            },
          }
        : {}),
      stickiness: n.stickiness,
      targets: linked(index, n.id, 'traffic', 'out', ['instance']).map(ref),
    },
  }),
  // Instances an auto scaling group registers are the group's business, not this node's.
  actualView: (props) => ({ ...props, targets: ((props.targets ?? []) as readonly PropValue[]).filter(isRef) }),
  replaceOn: { vpc: 'a target group cannot move to another VPC', protocol: 'a target group protocol is fixed at creation', port: 'a target group port is fixed at creation' },
};
