/**
 * AWS/ApplicationELB and AWS/NetworkELB metrics from ELBv2 state: healthy and
 * unhealthy host counts from target health, and the share of traffic that
 * fails (HTTPCode_ELB_5XX_Count): traffic splits evenly over the LB nodes; a
 * node in a failed AZ loses its share unless cross-zone is on (DNS moves it),
 * and a node with no healthy target it may route to answers 5xx.
 */
import type { SandboxCore } from '../core/service';
import { ec2StateOf } from '../ec2/state';
import { targetHealth, type TargetHealthRow } from '../elbv2/health';
import { actionTargetGroups, crossZone, elbStateOf, type Lb, type Tg } from '../elbv2/state';
import type { Dimension } from './state';

/** Requests per second a Sandbox load balancer with listeners is assumed to receive. */
export const REQUESTS_PER_SECOND = 10;

const dim = (d: Dimension[], name: string): string | undefined => d.find((x) => x.Name === name)?.Value;

function tgsOfLb(core: SandboxCore, region: string, lb: Lb): Tg[] {
  const elb = elbStateOf(core, region);
  const arns = new Set(Object.values(elb.listeners).filter((l) => l.lbArn === lb.arn).flatMap((l) => l.defaultActions.flatMap(actionTargetGroups)));
  return [...arns].flatMap((a) => (elb.targetGroups[a] ? [elb.targetGroups[a]] : []));
}

function targetAz(core: SandboxCore, region: string, row: TargetHealthRow): string | undefined {
  return row.target.availabilityZone ?? ec2StateOf(core, region).instances[row.target.id]?.availabilityZone;
}

/** The fraction (0..1) of a load balancer's requests that fail now. */
export function errorFraction(core: SandboxCore, region: string, lb: Lb): number {
  if (lb.zones.length === 0) return 0;
  const rows = tgsOfLb(core, region, lb).flatMap((tg) => targetHealth(core, region, tg)).filter((r) => r.state === 'healthy');
  const cross = crossZone(lb);
  const up = lb.zones.filter((z) => !core.world.isAzDown(region, z.zoneName));
  if (up.length === 0) return 1;
  let failed = 0;
  for (const z of lb.zones) {
    const down = core.world.isAzDown(region, z.zoneName);
    if (down) {
      if (!cross) failed += 1;
      continue;
    }
    const reachable = rows.some((r) => cross || targetAz(core, region, r) === z.zoneName);
    if (!reachable) failed += 1;
  }
  return failed / lb.zones.length;
}

/** One ELB metric value, or undefined when the dimensions name nothing. */
export function elbMetric(core: SandboxCore, region: string, namespace: string, name: string, d: Dimension[], period: number): number | undefined {
  const elb = elbStateOf(core, region);
  const type = namespace === 'AWS/ApplicationELB' ? 'application' : 'network';
  const lbDim = dim(d, 'LoadBalancer');
  const tgDim = dim(d, 'TargetGroup');
  const az = dim(d, 'AvailabilityZone');
  const lb = lbDim ? Object.values(elb.loadBalancers).find((l) => l.arn.endsWith(`:loadbalancer/${lbDim}`) && l.type === type) : undefined;
  if (lbDim && !lb) return undefined;
  if (name === 'HealthyHostCount' || name === 'UnHealthyHostCount') {
    const tg = tgDim ? Object.values(elb.targetGroups).find((t) => t.arn.endsWith(`:${tgDim}`)) : undefined;
    if (tgDim && !tg) return undefined;
    const groups = tg ? [tg] : lb ? tgsOfLb(core, region, lb) : [];
    if (groups.length === 0) return undefined;
    const want = name === 'HealthyHostCount' ? 'healthy' : 'unhealthy';
    return groups.flatMap((g) => targetHealth(core, region, g)).filter((r) => r.state === want && (!az || targetAz(core, region, r) === az)).length;
  }
  if (!lb || lb.type !== 'application') return undefined;
  const serving = tgsOfLb(core, region, lb).length > 0;
  const requests = serving ? REQUESTS_PER_SECOND * period : 0;
  if (name === 'RequestCount') return requests;
  if (name === 'HTTPCode_ELB_5XX_Count') return Math.round(requests * errorFraction(core, region, lb));
  return undefined;
}
