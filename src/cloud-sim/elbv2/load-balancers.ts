/** Load balancers: create (subnets → AZs), describe with paging, delete, SetSubnets; provisioning → active on a clock. */
import { randomBytes } from 'node:crypto';
import { AwsError } from '../core/errors';
import { settle } from '../core/lifecycle';
import { paginate } from '../core/paging';
import type { ActionContext, SandboxCore } from '../core/service';
import { ec2StateOf } from '../ec2/state';
import { hostedZoneId } from './zones';
import { readTags } from './tags';
import { elbState, mustLb, validation, type Lb, type LbZone } from './state';

const PROVISION_MS = 5_000;
const NAME_RE = /^(?!internal-)(?!-)[a-zA-Z0-9-]{1,32}(?<!-)$/;

/** Default attributes by type (what AWS returns for a new load balancer). */
function defaultAttributes(type: Lb['type']): Record<string, string> {
  const common = { 'deletion_protection.enabled': 'false', 'access_logs.s3.enabled': 'false', 'access_logs.s3.bucket': '', 'access_logs.s3.prefix': '' };
  return type === 'application'
    ? { ...common, 'idle_timeout.timeout_seconds': '60', 'routing.http2.enabled': 'true', 'routing.http.drop_invalid_header_fields.enabled': 'false', 'load_balancing.cross_zone.enabled': 'true' }
    : { ...common, 'load_balancing.cross_zone.enabled': 'false', 'dns_record.client_routing_policy': 'any_availability_zone' };
}

/** Resolves Subnets / SubnetMappings to one zone per AZ, all in one VPC. */
export function resolveZones(ctx: ActionContext, type: Lb['type']): { vpcId: string; zones: LbZone[] } {
  const ids = [...ctx.params.list('Subnets'), ...ctx.params.structs('SubnetMappings').map((m) => m.req('SubnetId'))];
  if (ids.length === 0) throw validation('Subnets or SubnetMappings must name at least one subnet');
  const ec2 = ec2StateOf(ctx.core, ctx.region);
  const zones: LbZone[] = [];
  let vpcId = '';
  for (const id of ids) {
    const s = ec2.subnets[id];
    if (!s) throw new AwsError('SubnetNotFound', `The subnet ID '${id}' is not valid`, 400);
    if (vpcId && s.vpcId !== vpcId) throw new AwsError('InvalidConfigurationRequest', `Subnets must all be in one VPC: ${id} is in ${s.vpcId}, not ${vpcId}`, 400);
    vpcId = s.vpcId;
    if (zones.some((z) => z.zoneName === s.availabilityZone)) {
      throw new AwsError('InvalidConfigurationRequest', `A load balancer cannot be attached to multiple subnets in the same Availability Zone (${s.availabilityZone})`, 400);
    }
    zones.push({ zoneName: s.availabilityZone, subnetId: id });
  }
  if (type === 'application' && zones.length < 2) throw validation('At least two subnets in two different Availability Zones must be specified');
  return { vpcId, zones };
}

/** The wire form of a load balancer. */
export function renderLb(core: SandboxCore, lb: Lb): unknown {
  settle(lb, core.clock.now());
  return {
    LoadBalancerArn: lb.arn, DNSName: lb.dnsName, CanonicalHostedZoneId: hostedZoneId(lb), CreatedTime: lb.createdTime,
    LoadBalancerName: lb.name, Scheme: lb.scheme, VpcId: lb.vpcId, State: { Code: lb.state }, Type: lb.type,
    AvailabilityZones: lb.zones.map((z) => ({ ZoneName: z.zoneName, SubnetId: z.subnetId, LoadBalancerAddresses: [] })),
    SecurityGroups: lb.type === 'application' ? lb.securityGroups : undefined, IpAddressType: lb.ipAddressType,
  };
}

function create(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = elbState(ctx);
  const name = p.req('Name');
  if (!NAME_RE.test(name)) throw validation(`Name '${name}': up to 32 alphanumerics or hyphens, not starting or ending with a hyphen or 'internal-'`);
  const type = (p.str('Type') ?? 'application') as Lb['type'];
  if (type !== 'application' && type !== 'network') throw validation(`Type '${type}': expected application or network (gateway is not simulated)`);
  const scheme = p.str('Scheme') ?? 'internet-facing';
  if (scheme !== 'internet-facing' && scheme !== 'internal') throw validation(`Scheme '${scheme}': expected internet-facing or internal`);
  const { vpcId, zones } = resolveZones(ctx, type);
  const same = Object.values(state.loadBalancers).find((l) => l.name === name);
  if (same) {
    // AWS: creating a load balancer again with identical settings returns the existing one.
    const identical = same.type === type && same.scheme === scheme && same.zones.map((z) => z.subnetId).sort().join() === zones.map((z) => z.subnetId).sort().join();
    if (identical) return { LoadBalancers: [renderLb(ctx.core, same)] };
    throw new AwsError('DuplicateLoadBalancerName', `A load balancer with the name '${name}' already exists`, 400);
  }
  const id = randomBytes(8).toString('hex');
  const now = ctx.core.clock.now();
  const dnsHost = `${scheme === 'internal' ? 'internal-' : ''}${name}-${type === 'application' ? String(parseInt(id.slice(0, 8), 16)).padStart(10, '0') : id}`;
  const lb: Lb = {
    arn: `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.accountId}:loadbalancer/${type === 'application' ? 'app' : 'net'}/${name}/${id}`,
    name, type, scheme, vpcId, zones, securityGroups: p.list('SecurityGroups'), ipAddressType: p.str('IpAddressType') ?? 'ipv4',
    dnsName: type === 'application' ? `${dnsHost}.${ctx.region}.elb.amazonaws.com` : `${dnsHost}.elb.${ctx.region}.amazonaws.com`,
    createdTime: new Date(now).toISOString(), attributes: defaultAttributes(type), tags: readTags(p),
    state: 'provisioning', next: [{ state: 'active', at: ctx.core.clock.after(PROVISION_MS) }],
  };
  state.loadBalancers[lb.arn] = lb;
  return { LoadBalancers: [renderLb(ctx.core, lb)] };
}

function describe(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const arns = ctx.params.list('LoadBalancerArns');
  const names = ctx.params.list('Names');
  if (arns.length && names.length) throw validation('LoadBalancerArns and Names cannot be used together');
  let items = Object.values(state.loadBalancers);
  if (arns.length) items = arns.map((a) => mustLb(state, a));
  if (names.length) {
    items = names.map((n) => {
      const lb = Object.values(state.loadBalancers).find((l) => l.name === n);
      if (!lb) throw new AwsError('LoadBalancerNotFound', `Load balancers '[${n}]' not found`, 400);
      return lb;
    });
  }
  const page = paginate(items, ctx.params.int('PageSize', 1, 400), ctx.params.str('Marker'));
  return { LoadBalancers: page.items.map((lb) => renderLb(ctx.core, lb)), NextMarker: page.nextToken };
}

function remove(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const arn = ctx.params.req('LoadBalancerArn');
  if (!arn.startsWith('arn:aws:elasticloadbalancing:')) throw validation(`'${arn}' is not a valid load balancer ARN`);
  const lb = state.loadBalancers[arn];
  if (!lb) return {};
  if (lb.attributes['deletion_protection.enabled'] === 'true') {
    throw new AwsError('OperationNotPermitted', `Load balancer '${arn}' cannot be deleted because deletion protection is enabled`, 400);
  }
  for (const l of Object.values(state.listeners)) if (l.lbArn === arn) delete state.listeners[l.arn];
  delete state.loadBalancers[arn];
  return {};
}

function setSubnets(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const lb = mustLb(state, ctx.params.req('LoadBalancerArn'));
  const { vpcId, zones } = resolveZones(ctx, lb.type);
  if (vpcId !== lb.vpcId) throw new AwsError('InvalidConfigurationRequest', `Subnets must be in the load balancer's VPC ${lb.vpcId}`, 400);
  lb.zones = zones;
  return { AvailabilityZones: zones.map((z) => ({ ZoneName: z.zoneName, SubnetId: z.subnetId })), IpAddressType: lb.ipAddressType };
}

function setSecurityGroups(ctx: ActionContext): unknown {
  const lb = mustLb(elbState(ctx), ctx.params.req('LoadBalancerArn'));
  const ids = ctx.params.list('SecurityGroups');
  const groups = ec2StateOf(ctx.core, ctx.region).securityGroups;
  for (const id of ids) {
    if (!groups[id] || groups[id].vpcId !== lb.vpcId) throw new AwsError('InvalidSecurityGroup', `Security group '${id}' does not exist in VPC ${lb.vpcId}`, 400);
  }
  lb.securityGroups = ids;
  return { SecurityGroupIds: ids };
}

/** Load balancer actions. */
export const loadBalancerActions = {
  CreateLoadBalancer: create, DescribeLoadBalancers: describe, DeleteLoadBalancer: remove, SetSubnets: setSubnets, SetSecurityGroups: setSecurityGroups,
};

