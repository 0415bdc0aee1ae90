/** Load balancer and target group attributes: Describe/Modify, validated per key like AWS. */
import type { ActionContext } from '../core/service';
import { elbState, mustLb, mustTg, validation } from './state';

type Check = (v: string) => boolean;
const bool: Check = (v) => v === 'true' || v === 'false';
const range = (lo: number, hi: number): Check => (v) => /^\d+$/.test(v) && Number(v) >= lo && Number(v) <= hi;
const any: Check = () => true;

const LB_KEYS: Record<string, Check> = {
  'deletion_protection.enabled': bool, 'access_logs.s3.enabled': bool, 'access_logs.s3.bucket': any, 'access_logs.s3.prefix': any,
  'idle_timeout.timeout_seconds': range(1, 4000), 'routing.http2.enabled': bool, 'routing.http.drop_invalid_header_fields.enabled': bool,
  'load_balancing.cross_zone.enabled': bool, 'dns_record.client_routing_policy': (v) => ['any_availability_zone', 'availability_zone_affinity', 'partial_availability_zone_affinity'].includes(v),
};

const TG_KEYS: Record<string, Check> = {
  'deregistration_delay.timeout_seconds': range(0, 3600), 'stickiness.enabled': bool,
  'stickiness.type': (v) => ['lb_cookie', 'app_cookie', 'source_ip', 'source_ip_dest_ip', 'source_ip_dest_ip_proto'].includes(v),
  'stickiness.lb_cookie.duration_seconds': range(1, 604800), 'slow_start.duration_seconds': range(0, 900),
  'load_balancing.algorithm.type': (v) => ['round_robin', 'least_outstanding_requests', 'weighted_random'].includes(v),
  'load_balancing.cross_zone.enabled': (v) => ['true', 'false', 'use_load_balancer_configuration'].includes(v),
  'proxy_protocol_v2.enabled': bool, 'preserve_client_ip.enabled': bool, 'deregistration_delay.connection_termination.enabled': bool,
};

/** Default attributes of a new target group (by protocol family). */
export function defaultTgAttributes(protocol: string | undefined): Record<string, string> {
  const l4 = protocol === 'TCP' || protocol === 'UDP' || protocol === 'TLS' || protocol === 'TCP_UDP';
  return l4
    ? { 'deregistration_delay.timeout_seconds': '300', 'stickiness.enabled': 'false', 'stickiness.type': 'source_ip', 'proxy_protocol_v2.enabled': 'false', 'preserve_client_ip.enabled': 'true', 'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration' }
    : { 'deregistration_delay.timeout_seconds': '300', 'stickiness.enabled': 'false', 'stickiness.type': 'lb_cookie', 'stickiness.lb_cookie.duration_seconds': '86400', 'slow_start.duration_seconds': '0', 'load_balancing.algorithm.type': 'round_robin', 'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration' };
}

function applyAttributes(ctx: ActionContext, target: Record<string, string>, keys: Record<string, Check>): unknown {
  const attrs = ctx.params.structs('Attributes').map((a) => [a.req('Key'), a.str('Value') ?? ''] as const);
  if (attrs.length === 0) throw validation('Attributes must contain at least one attribute');
  for (const [k, v] of attrs) {
    const check = keys[k];
    if (!check) throw validation(`Attribute key '${k}' is not recognized; expected one of ${Object.keys(keys).join(', ')}`);
    if (!check(v)) throw validation(`Attribute '${k}' has an invalid value '${v}'`);
  }
  for (const [k, v] of attrs) target[k] = v;
  return render(target);
}

const render = (attrs: Record<string, string>): unknown => ({ Attributes: Object.entries(attrs).map(([Key, Value]) => ({ Key, Value })) });

/** Attribute actions. */
export const attributeActions = {
  DescribeLoadBalancerAttributes: (ctx: ActionContext) => render(mustLb(elbState(ctx), ctx.params.req('LoadBalancerArn')).attributes),
  ModifyLoadBalancerAttributes: (ctx: ActionContext) => applyAttributes(ctx, mustLb(elbState(ctx), ctx.params.req('LoadBalancerArn')).attributes, LB_KEYS),
  DescribeTargetGroupAttributes: (ctx: ActionContext) => render(mustTg(elbState(ctx), ctx.params.req('TargetGroupArn')).attributes),
  ModifyTargetGroupAttributes: (ctx: ActionContext) => applyAttributes(ctx, mustTg(elbState(ctx), ctx.params.req('TargetGroupArn')).attributes, TG_KEYS),
};
