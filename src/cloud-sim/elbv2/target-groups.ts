/** Target groups: create (idempotent for identical settings), describe with paging, modify health checks, delete. */
import { randomBytes } from 'node:crypto';
import { AwsError } from '../core/errors';
import type { Params } from '../core/params';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { ec2StateOf } from '../ec2/state';
import { defaultTgAttributes } from './attributes';
import { readTags } from './tags';
import { elbState, lbsOfTg, mustLb, mustTg, validation, type ElbRegion, type HealthCheck, type Tg } from './state';

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'];
const NAME_RE = /^(?!-)[a-zA-Z0-9-]{1,32}(?<!-)$/;

function defaultHealthCheck(protocol: string | undefined): HealthCheck {
  const http = protocol === 'HTTP' || protocol === 'HTTPS';
  return {
    enabled: true, protocol: http ? protocol! : 'TCP', port: 'traffic-port', path: http ? '/' : undefined,
    intervalSeconds: 30, timeoutSeconds: http ? 5 : 10, healthyThreshold: 5, unhealthyThreshold: 2, matcher: http ? '200' : undefined,
  };
}

/** Applies HealthCheck* request members onto `hc`. */
function readHealthCheck(p: Params, hc: HealthCheck): HealthCheck {
  const out = { ...hc };
  out.enabled = p.bool('HealthCheckEnabled') ?? out.enabled;
  out.protocol = p.str('HealthCheckProtocol') ?? out.protocol;
  out.port = p.str('HealthCheckPort') ?? out.port;
  out.path = p.str('HealthCheckPath') ?? out.path;
  out.intervalSeconds = p.int('HealthCheckIntervalSeconds', 5, 300) ?? out.intervalSeconds;
  out.timeoutSeconds = p.int('HealthCheckTimeoutSeconds', 2, 120) ?? out.timeoutSeconds;
  out.healthyThreshold = p.int('HealthyThresholdCount', 2, 10) ?? out.healthyThreshold;
  out.unhealthyThreshold = p.int('UnhealthyThresholdCount', 2, 10) ?? out.unhealthyThreshold;
  out.matcher = p.struct('Matcher')?.str('HttpCode') ?? out.matcher;
  // A default timeout follows a shorter interval; an explicit one that does not fit is an error.
  if (!p.has('HealthCheckTimeoutSeconds') && out.timeoutSeconds >= out.intervalSeconds) out.timeoutSeconds = Math.max(2, out.intervalSeconds - 1);
  if (out.timeoutSeconds >= out.intervalSeconds) throw validation(`HealthCheckTimeoutSeconds (${out.timeoutSeconds}) must be smaller than HealthCheckIntervalSeconds (${out.intervalSeconds})`);
  if (out.path !== undefined && !out.path.startsWith('/')) throw validation(`HealthCheckPath '${out.path}' must start with '/'`);
  return out;
}

/** The wire form of a target group. */
export function renderTg(state: ElbRegion, tg: Tg): unknown {
  const hc = tg.healthCheck;
  return {
    TargetGroupArn: tg.arn, TargetGroupName: tg.name, Protocol: tg.protocol, Port: tg.port, VpcId: tg.vpcId,
    HealthCheckProtocol: hc.protocol, HealthCheckPort: hc.port, HealthCheckEnabled: hc.enabled, HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds, HealthyThresholdCount: hc.healthyThreshold, UnhealthyThresholdCount: hc.unhealthyThreshold,
    HealthCheckPath: hc.path, Matcher: hc.matcher ? { HttpCode: hc.matcher } : undefined,
    LoadBalancerArns: lbsOfTg(state, tg.arn).map((lb) => lb.arn), TargetType: tg.targetType, ProtocolVersion: tg.protocolVersion,
    IpAddressType: 'ipv4',
  };
}

function create(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = elbState(ctx);
  const name = p.req('Name');
  if (!NAME_RE.test(name)) throw validation(`Name '${name}': up to 32 alphanumerics or hyphens, not starting or ending with a hyphen`);
  const targetType = p.str('TargetType') ?? 'instance';
  if (!['instance', 'ip', 'lambda', 'alb'].includes(targetType)) throw validation(`TargetType '${targetType}': expected instance, ip, lambda or alb`);
  const protocol = p.str('Protocol');
  const port = p.int('Port', 1, 65535);
  const vpcId = p.str('VpcId');
  if (targetType !== 'lambda') {
    if (!protocol || port === undefined || !vpcId) throw validation(`A target group with target type '${targetType}' needs Protocol, Port and VpcId`);
    if (!PROTOCOLS.includes(protocol)) throw validation(`Protocol '${protocol}': expected one of ${PROTOCOLS.join(', ')}`);
    if (!ec2StateOf(ctx.core, ctx.region).vpcs[vpcId]) throw validation(`The VPC ID '${vpcId}' is not found`);
  }
  const healthCheck = readHealthCheck(p, defaultHealthCheck(protocol));
  const same = Object.values(state.targetGroups).find((t) => t.name === name);
  if (same) {
    // AWS: identical settings return the existing group; different ones are a duplicate name.
    if (same.protocol === protocol && same.port === port && same.vpcId === vpcId && same.targetType === targetType) return { TargetGroups: [renderTg(state, same)] };
    throw new AwsError('DuplicateTargetGroupName', `A target group with the name '${name}' already exists`, 400);
  }
  const tg: Tg = {
    arn: `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.accountId}:targetgroup/${name}/${randomBytes(8).toString('hex')}`,
    name, protocol, port, vpcId, targetType, protocolVersion: protocol === 'HTTP' || protocol === 'HTTPS' ? p.str('ProtocolVersion') ?? 'HTTP1' : undefined,
    healthCheck, attributes: defaultTgAttributes(protocol), tags: readTags(p), targets: [],
  };
  state.targetGroups[tg.arn] = tg;
  return { TargetGroups: [renderTg(state, tg)] };
}

function describe(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const arns = ctx.params.list('TargetGroupArns');
  const names = ctx.params.list('Names');
  const lbArn = ctx.params.str('LoadBalancerArn');
  let items = Object.values(state.targetGroups);
  if (arns.length) items = arns.map((a) => mustTg(state, a));
  if (names.length) {
    items = names.map((n) => {
      const tg = Object.values(state.targetGroups).find((t) => t.name === n);
      if (!tg) throw new AwsError('TargetGroupNotFound', `Target groups '[${n}]' not found`, 400);
      return tg;
    });
  }
  if (lbArn) {
    mustLb(state, lbArn);
    items = items.filter((tg) => lbsOfTg(state, tg.arn).some((lb) => lb.arn === lbArn));
  }
  const page = paginate(items, ctx.params.int('PageSize', 1, 400), ctx.params.str('Marker'));
  return { TargetGroups: page.items.map((tg) => renderTg(state, tg)), NextMarker: page.nextToken };
}

function modify(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const tg = mustTg(state, ctx.params.req('TargetGroupArn'));
  tg.healthCheck = readHealthCheck(ctx.params, tg.healthCheck);
  return { TargetGroups: [renderTg(state, tg)] };
}

function remove(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const arn = ctx.params.req('TargetGroupArn');
  if (!state.targetGroups[arn]) return {};
  const users = lbsOfTg(state, arn);
  if (users.length) throw new AwsError('ResourceInUse', `Target group '${arn}' is currently in use by a listener or a rule (${users.map((l) => l.name).join(', ')})`, 400);
  delete state.targetGroups[arn];
  return {};
}

/** Target group actions. */
export const targetGroupActions = {
  CreateTargetGroup: create, DescribeTargetGroups: describe, ModifyTargetGroup: modify, DeleteTargetGroup: remove,
};
