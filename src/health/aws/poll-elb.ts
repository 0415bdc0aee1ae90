/** ELBv2 polls of one region: load balancer state (20 per call) and target health (one call per target group). */
import { DescribeLoadBalancersCommand, DescribeTargetHealthCommand, type ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { sourceKey } from '../observation';
import { track, type ObsDraft } from './draft';
import { chunks, mapLimit } from './tags';

/** DescribeLoadBalancers by ARN. */
export async function pollLoadBalancers(elb: ElasticLoadBalancingV2Client, region: string, arns: readonly string[], d: ObsDraft): Promise<void> {
  await Promise.all(chunks(arns, 20).map(async (batch) => {
    const r = await track(d, sourceKey.loadBalancers(region), 'DescribeLoadBalancers', () => elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: batch })));
    for (const lb of r?.LoadBalancers ?? []) {
      if (!lb.LoadBalancerArn) continue;
      d.loadBalancers.set(lb.LoadBalancerArn, {
        arn: lb.LoadBalancerArn, state: lb.State?.Code ?? 'unknown', reason: lb.State?.Reason,
        azs: (lb.AvailabilityZones ?? []).flatMap((z) => (z.ZoneName ? [z.ZoneName] : [])),
      });
    }
  }));
}

/** DescribeTargetHealth for each target group (at most 8 in flight). */
export async function pollTargetHealth(elb: ElasticLoadBalancingV2Client, arns: readonly string[], d: ObsDraft): Promise<void> {
  await mapLimit(arns, 8, async (arn) => {
    const r = await track(d, sourceKey.targetGroup(arn), 'DescribeTargetHealth', () => elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn })));
    if (!r) return;
    d.targetGroups.set(arn, {
      arn,
      targets: (r.TargetHealthDescriptions ?? []).map((t) => ({
        id: t.Target?.Id ?? '?', port: t.Target?.Port, state: t.TargetHealth?.State ?? 'unknown',
        reason: t.TargetHealth?.Description ?? t.TargetHealth?.Reason,
        az: t.Target?.AvailabilityZone && t.Target.AvailabilityZone !== 'all' ? t.Target.AvailabilityZone : undefined,
      })),
    });
  });
}
