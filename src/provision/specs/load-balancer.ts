/** Load balancer: type, scheme, subnets, security groups, cross-zone, and listeners from LB → target group traffic edges. */
import { isTargetGroup } from '../../model';
import { ref } from '../props';
import type { PropValue } from '../types';
import type { KindSpec } from './spec';

/** Load balancer spec. */
export const loadBalancerSpec: KindSpec<'loadBalancer'> = {
  kind: 'loadBalancer',
  desired: (n, index) => {
    const listeners: PropValue[] = [];
    for (const e of index.outgoing(n.id)) {
      const tg = index.byId.get(e.target);
      if (e.kind !== 'traffic' || !isTargetGroup(tg)) continue;
      const l = e.listener;
      listeners.push({
        protocol: l?.protocol ?? tg.protocol,
        port: l?.port ?? tg.port,
        targetGroup: ref(tg.id),
        // A certificate left over from an earlier HTTPS listener is not sent with HTTP/TCP (AWS rejects it there).
        ...(l?.certificateArn && (l.protocol === 'HTTPS' || l.protocol === 'TLS') ? { certificateArn: l.certificateArn.trim() } : {}),
      });
    }
    return {
      props: {
        type: n.type,
        scheme: n.scheme,
        subnets: n.subnetIds.map(ref),
        ...(n.type === 'application' && n.securityGroupIds.length ? { securityGroups: n.securityGroupIds.map(ref) } : {}),
        // ALBs are always cross-zone; the attribute only exists for NLBs.
        ...(n.type === 'network' ? { crossZone: n.crossZone } : {}),
        listeners,
      },
    };
  },
  replaceOn: { type: 'the load balancer type is fixed at creation', scheme: 'the scheme (internet-facing / internal) is fixed at creation' },
};
