/** The ELBv2 state slice of one region: load balancers, target groups, listeners, and shared lookups. */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { Lifecycled } from '../core/lifecycle';
import type { ActionContext, SandboxCore } from '../core/service';

/** One enabled AZ of a load balancer (an LB node lives there). */
export interface LbZone { zoneName: string; subnetId: string }

/** An application or network load balancer (state provisioning → active). */
export interface Lb extends Lifecycled {
  arn: string; name: string; type: 'application' | 'network'; scheme: string; vpcId: string; dnsName: string;
  createdTime: string; zones: LbZone[]; securityGroups: string[]; ipAddressType: string;
  attributes: Record<string, string>; tags: Tags;
}

/** A registered (or draining) target and its observed health-check history. */
export interface Target {
  id: string; port: number; availabilityZone?: string; registeredAt: number;
  /** Set on deregistration: draining until `deregisteredAt + delay`. */
  deregisteredAt?: number;
  /** Last observed health-check condition (passes or fails) and since when. */
  cond: 'pass' | 'fail' | 'wait' | 'invalid' | 'unused'; since: number;
  /** Health verdict so far: initial until the thresholds decide. */
  verdict: 'initial' | 'healthy' | 'unhealthy';
}

/** A target group with its health check settings and targets. */
export interface Tg {
  arn: string; name: string; protocol?: string; port?: number; vpcId?: string; targetType: string;
  protocolVersion?: string; healthCheck: HealthCheck; attributes: Record<string, string>; tags: Tags;
  targets: Target[];
}

/** Health check settings of a target group. */
export interface HealthCheck {
  enabled: boolean; protocol: string; port: string; path?: string; intervalSeconds: number; timeoutSeconds: number;
  healthyThreshold: number; unhealthyThreshold: number; matcher?: string;
}

/** A listener with its default actions (forward to target groups). */
export interface Listener {
  arn: string; lbArn: string; port: number; protocol: string; sslPolicy?: string; certificates: string[];
  defaultActions: Action[]; tags: Tags;
}

/** A listener action as stored. */
export interface Action { type: string; targetGroupArn?: string; order?: number; targetGroups?: { arn: string; weight?: number }[]; fixed?: Record<string, string>; redirect?: Record<string, string> }

/** Everything ELBv2 keeps per region. */
export interface ElbRegion {
  loadBalancers: Record<string, Lb>;
  targetGroups: Record<string, Tg>;
  listeners: Record<string, Listener>;
}

const empty = (): ElbRegion => ({ loadBalancers: {}, targetGroups: {}, listeners: {} });

/** The ELBv2 slice of the request's region. */
export function elbState(ctx: ActionContext): ElbRegion {
  return ctx.core.store.region('elbv2', ctx.region, empty);
}

/** The ELBv2 slice of any region (world reactions, Auto Scaling, CloudWatch). */
export function elbStateOf(core: SandboxCore, region: string): ElbRegion {
  return core.store.region('elbv2', region, empty);
}

/** ELBv2 ValidationError. */
export const validation = (message: string): AwsError => new AwsError('ValidationError', message, 400);

/** A load balancer by ARN or LoadBalancerNotFound. */
export function mustLb(state: ElbRegion, arn: string): Lb {
  const lb = Object.hasOwn(state.loadBalancers, arn) ? state.loadBalancers[arn] : undefined;
  if (!lb) throw new AwsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`, 400);
  return lb;
}

/** A target group by ARN or TargetGroupNotFound. */
export function mustTg(state: ElbRegion, arn: string): Tg {
  const tg = Object.hasOwn(state.targetGroups, arn) ? state.targetGroups[arn] : undefined;
  if (!tg) throw new AwsError('TargetGroupNotFound', `Target group '${arn}' not found`, 400);
  return tg;
}

/** A listener by ARN or ListenerNotFound. */
export function mustListener(state: ElbRegion, arn: string): Listener {
  const l = Object.hasOwn(state.listeners, arn) ? state.listeners[arn] : undefined;
  if (!l) throw new AwsError('ListenerNotFound', `Listener '${arn}' not found`, 400);
  return l;
}

/** Target group ARNs an action forwards to. */
export function actionTargetGroups(a: Action): string[] {
  return [...(a.targetGroupArn ? [a.targetGroupArn] : []), ...(a.targetGroups ?? []).map((t) => t.arn)];
}

/** The load balancers whose listeners forward to a target group. */
export function lbsOfTg(state: ElbRegion, tgArn: string): Lb[] {
  const arns = new Set<string>();
  for (const l of Object.values(state.listeners)) {
    if (l.defaultActions.some((a) => actionTargetGroups(a).includes(tgArn))) arns.add(l.lbArn);
  }
  return [...arns].flatMap((a) => (state.loadBalancers[a] ? [state.loadBalancers[a]] : []));
}

/** Whether cross-zone load balancing is on (ALB always on by default, NLB off). */
export function crossZone(lb: Lb): boolean {
  return (lb.attributes['load_balancing.cross_zone.enabled'] ?? String(lb.type === 'application')) === 'true';
}
