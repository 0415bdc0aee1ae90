/** Auto Scaling groups: create/update/delete/describe, validated against EC2 (launch template, subnets) and ELBv2 (target groups). */
import { randomUUID } from 'node:crypto';
import { AwsError } from '../core/errors';
import { applyFilters, readFilters } from '../core/filters';
import type { Params } from '../core/params';
import { paginate } from '../core/paging';
import { azIdOf } from '../core/regions';
import type { ActionContext } from '../core/service';
import { ec2StateOf } from '../ec2/state';
import { elbStateOf } from '../elbv2/state';
import { asgState, live, mustAsg, validation, type Asg, type AsgTag } from './state';

function launchTemplate(ctx: ActionContext, p: Params): Asg['launchTemplate'] {
  if (p.has('LaunchConfigurationName')) throw validation('Launch configurations are not supported by the Sandbox; use a LaunchTemplate');
  const lt = p.struct('LaunchTemplate');
  if (!lt) throw validation('Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.');
  const id = lt.str('LaunchTemplateId');
  const name = lt.str('LaunchTemplateName');
  const found = Object.values(ec2StateOf(ctx.core, ctx.region).launchTemplates).find((t) => t.launchTemplateId === id || (!id && t.launchTemplateName === name));
  if (!found) throw validation(`You must use a valid fully-formed launch template. The specified launch template, with template ${id ? `ID ${id}` : `name ${name}`}, does not exist.`);
  return { id: found.launchTemplateId, name: found.launchTemplateName, version: lt.str('Version') ?? '$Default' };
}

function subnets(ctx: ActionContext, p: Params): Asg['subnets'] {
  const ids = (p.str('VPCZoneIdentifier') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw validation('VPCZoneIdentifier must list at least one subnet (the Sandbox has no default VPC)');
  const ec2 = ec2StateOf(ctx.core, ctx.region);
  const out = ids.map((id) => {
    const s = ec2.subnets[id];
    if (!s) throw validation(`The subnet ID '${id}' does not exist`);
    return { subnetId: id, az: s.availabilityZone, vpcId: s.vpcId };
  });
  if (new Set(out.map((s) => s.vpcId)).size > 1) throw validation('The subnets of VPCZoneIdentifier must all be in one VPC');
  return out.map(({ subnetId, az }) => ({ subnetId, az }));
}

/** Checks target group ARNs exist in ELBv2. */
export function checkTargetGroups(ctx: ActionContext, arns: string[]): string[] {
  const elb = elbStateOf(ctx.core, ctx.region);
  for (const a of arns) if (!elb.targetGroups[a]) throw validation(`Provided Target Groups may not be valid. Please ensure they exist and try again. (${a})`);
  return arns;
}

/** Tags from `Tags.member.N` (Key, Value, PropagateAtLaunch). */
export function readAsgTags(p: Params): AsgTag[] {
  return p.structs('Tags').map((t) => ({ key: t.req('Key'), value: t.str('Value') ?? '', propagate: t.bool('PropagateAtLaunch') ?? false }));
}

function sizes(p: Params, g?: Asg): { min: number; max: number; desired: number } {
  const min = p.int('MinSize', 0) ?? g?.min;
  const max = p.int('MaxSize', 0) ?? g?.max;
  if (min === undefined || max === undefined) throw validation('MinSize and MaxSize are required');
  if (min > max) throw validation(`MinSize (${min}) must be less than or equal to MaxSize (${max})`);
  let desired = p.int('DesiredCapacity', 0) ?? g?.desired ?? min;
  if (!p.has('DesiredCapacity') && g) desired = Math.min(Math.max(desired, min), max);
  if (desired < min || desired > max) throw validation(`Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`);
  return { min, max, desired };
}

function healthType(p: Params, fallback: Asg['healthCheckType']): Asg['healthCheckType'] {
  const t = p.str('HealthCheckType') ?? fallback;
  if (t !== 'EC2' && t !== 'ELB') throw validation(`HealthCheckType '${t}': expected EC2 or ELB`);
  return t;
}

/** The wire form of a group. */
export function renderAsg(g: Asg): unknown {
  const lt = { LaunchTemplateId: g.launchTemplate.id, LaunchTemplateName: g.launchTemplate.name, Version: g.launchTemplate.version };
  return {
    AutoScalingGroupName: g.name, AutoScalingGroupARN: g.arn, LaunchTemplate: lt, MinSize: g.min, MaxSize: g.max, DesiredCapacity: g.desired,
    DefaultCooldown: g.defaultCooldown, AvailabilityZones: [...new Set(g.subnets.map((s) => s.az))], LoadBalancerNames: [],
    TargetGroupARNs: g.targetGroupArns, HealthCheckType: g.healthCheckType, HealthCheckGracePeriod: g.gracePeriod,
    Instances: g.instances.map((m) => ({
      InstanceId: m.instanceId, InstanceType: m.instanceType, AvailabilityZone: m.availabilityZone, AvailabilityZoneId: azIdOf(m.availabilityZone),
      LifecycleState: m.lifecycleState, HealthStatus: m.healthStatus, ProtectedFromScaleIn: m.protectedFromScaleIn,
      LaunchTemplate: { ...lt, Version: m.launchTemplateVersion },
    })),
    CreatedTime: g.createdTime, SuspendedProcesses: [], VPCZoneIdentifier: g.subnets.map((s) => s.subnetId).join(','), EnabledMetrics: [],
    Status: g.deleting ? 'Delete in progress' : undefined,
    Tags: g.tags.map((t) => ({ ResourceId: g.name, ResourceType: 'auto-scaling-group', Key: t.key, Value: t.value, PropagateAtLaunch: t.propagate })),
    TerminationPolicies: g.terminationPolicies, NewInstancesProtectedFromScaleIn: g.newInstancesProtected,
    ServiceLinkedRoleARN: `arn:aws:iam::${g.arn.split(':')[4]}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    TrafficSources: g.targetGroupArns.map((a) => ({ Identifier: a, Type: 'elbv2' })),
  };
}

function create(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = asgState(ctx);
  const name = p.req('AutoScalingGroupName');
  if (name.length > 255) throw validation('AutoScalingGroupName must be at most 255 characters');
  if (state.groups[name]) throw new AwsError('AlreadyExists', `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`, 400);
  const g: Asg = {
    name, arn: `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:autoScalingGroup:${randomUUID()}:autoScalingGroupName/${name}`,
    createdTime: new Date(ctx.core.clock.now()).toISOString(), launchTemplate: launchTemplate(ctx, p), ...sizes(p),
    defaultCooldown: p.int('DefaultCooldown', 0) ?? 300, subnets: subnets(ctx, p), healthCheckType: healthType(p, 'EC2'),
    gracePeriod: p.int('HealthCheckGracePeriod', 0) ?? 0, targetGroupArns: checkTargetGroups(ctx, p.list('TargetGroupARNs')),
    tags: readAsgTags(p), terminationPolicies: p.list('TerminationPolicies').length ? p.list('TerminationPolicies') : ['Default'],
    newInstancesProtected: p.bool('NewInstancesProtectedFromScaleIn') ?? false, instances: [], activities: [],
  };
  state.groups[name] = g;
  return undefined;
}

function update(ctx: ActionContext): unknown {
  const p = ctx.params;
  const g = mustAsg(asgState(ctx), p.req('AutoScalingGroupName'));
  if (g.deleting) throw new AwsError('ScalingActivityInProgress', `The group ${g.name} is being deleted`, 400);
  Object.assign(g, sizes(p, g));
  if (p.has('LaunchTemplate')) g.launchTemplate = launchTemplate(ctx, p);
  if (p.has('VPCZoneIdentifier')) g.subnets = subnets(ctx, p);
  g.healthCheckType = healthType(p, g.healthCheckType);
  g.gracePeriod = p.int('HealthCheckGracePeriod', 0) ?? g.gracePeriod;
  g.defaultCooldown = p.int('DefaultCooldown', 0) ?? g.defaultCooldown;
  g.newInstancesProtected = p.bool('NewInstancesProtectedFromScaleIn') ?? g.newInstancesProtected;
  if (p.list('TerminationPolicies').length) g.terminationPolicies = p.list('TerminationPolicies');
  return undefined;
}

function remove(ctx: ActionContext): unknown {
  const g = mustAsg(asgState(ctx), ctx.params.req('AutoScalingGroupName'));
  if (live(g).length > 0 && !ctx.params.bool('ForceDelete')) {
    throw new AwsError('ResourceInUse', 'You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.', 400);
  }
  g.deleting = true;
  g.desired = 0;
  g.min = 0;
  return undefined;
}

function describe(ctx: ActionContext): unknown {
  const state = asgState(ctx);
  const names = ctx.params.list('AutoScalingGroupNames');
  const selected = names.length ? names.flatMap((n) => (state.groups[n] ? [state.groups[n]] : [])) : Object.values(state.groups);
  const withTags = selected.map((g) => ({ g, tags: Object.fromEntries(g.tags.map((t) => [t.key, t.value])) }));
  const filtered = applyFilters(withTags, readFilters(ctx.params, 'Filters'), () => undefined);
  const page = paginate(filtered, ctx.params.int('MaxRecords', 1, 100) ?? 50, ctx.params.str('NextToken'));
  return { AutoScalingGroups: page.items.map((x) => renderAsg(x.g)), NextToken: page.nextToken };
}

/** Group actions. */
export const groupActions = {
  CreateAutoScalingGroup: create, UpdateAutoScalingGroup: update, DeleteAutoScalingGroup: remove, DescribeAutoScalingGroups: describe,
};
