/** Member instances: DescribeAutoScalingInstances, SetDesiredCapacity, Terminate…, SetInstanceHealth, Attach/Detach target groups. */
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { azIdOf } from '../core/regions';
import { renderActivity } from './activities';
import { deregister, register } from './ec2-bridge';
import { checkTargetGroups } from './groups';
import { startTermination } from './reconcile';
import { asgState, live, mustAsg, validation, type Asg, type AsgRegion, type Member } from './state';

function findMember(state: AsgRegion, instanceId: string): { g: Asg; m: Member } {
  for (const g of Object.values(state.groups)) {
    const m = g.instances.find((i) => i.instanceId === instanceId);
    if (m) return { g, m };
  }
  throw validation(`Instance Id not found - No managed instance found for instance ID: ${instanceId}`);
}

function describeInstances(ctx: ActionContext): unknown {
  const state = asgState(ctx);
  const ids = ctx.params.list('InstanceIds');
  let rows = Object.values(state.groups).flatMap((g) => g.instances.map((m) => ({ g, m })));
  if (ids.length) rows = rows.filter((r) => ids.includes(r.m.instanceId));
  const page = paginate(rows, ctx.params.int('MaxRecords', 1, 50) ?? 50, ctx.params.str('NextToken'));
  return {
    AutoScalingInstances: page.items.map(({ g, m }) => ({
      InstanceId: m.instanceId, InstanceType: m.instanceType, AutoScalingGroupName: g.name, AvailabilityZone: m.availabilityZone,
      AvailabilityZoneId: azIdOf(m.availabilityZone), LifecycleState: m.lifecycleState, HealthStatus: m.healthStatus.toUpperCase(),
      ProtectedFromScaleIn: m.protectedFromScaleIn,
      LaunchTemplate: { LaunchTemplateId: g.launchTemplate.id, LaunchTemplateName: g.launchTemplate.name, Version: m.launchTemplateVersion },
    })),
    NextToken: page.nextToken,
  };
}

function setDesired(ctx: ActionContext): unknown {
  const g = mustAsg(asgState(ctx), ctx.params.req('AutoScalingGroupName'));
  const desired = ctx.params.int('DesiredCapacity', 0);
  if (desired === undefined) throw validation('DesiredCapacity is required');
  if (desired < g.min || desired > g.max) throw validation(`New SetDesiredCapacity value ${desired} is below min value ${g.min} or above max value ${g.max} for the AutoScalingGroup.`);
  g.desired = desired;
  return undefined;
}

function terminateMember(ctx: ActionContext): unknown {
  const id = ctx.params.req('InstanceId');
  const decrement = ctx.params.bool('ShouldDecrementDesiredCapacity');
  if (decrement === undefined) throw validation('ShouldDecrementDesiredCapacity is required');
  const { g, m } = findMember(asgState(ctx), id);
  if (m.lifecycleState === 'Terminating') return { Activity: renderActivity(g, g.activities.findLast((a) => a.instanceId === id)!) };
  const before = live(g).length;
  if (decrement) {
    if (g.desired - 1 < g.min) throw validation(`Currently, desiredSize equals minSize (${g.min}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.`);
    g.desired -= 1;
  }
  const cause = decrement
    ? `instance ${id} was taken out of service in response to a user request, shrinking the capacity from ${before} to ${g.desired}`
    : `instance ${id} was taken out of service in response to a user request`;
  startTermination(ctx.core, ctx.region, g, m, `Terminating EC2 instance: ${id}`, cause);
  return { Activity: renderActivity(g, g.activities.at(-1)!) };
}

function setHealth(ctx: ActionContext): unknown {
  const { m } = findMember(asgState(ctx), ctx.params.req('InstanceId'));
  const status = ctx.params.req('HealthStatus');
  if (status !== 'Healthy' && status !== 'Unhealthy') throw validation(`HealthStatus '${status}': expected Healthy or Unhealthy`);
  m.healthStatus = status;
  return undefined;
}

function attachTgs(ctx: ActionContext): unknown {
  const g = mustAsg(asgState(ctx), ctx.params.req('AutoScalingGroupName'));
  const arns = checkTargetGroups(ctx, ctx.params.list('TargetGroupARNs')).filter((a) => !g.targetGroupArns.includes(a));
  g.targetGroupArns.push(...arns);
  for (const m of live(g)) register(ctx.core, ctx.region, arns, m.instanceId);
  return {};
}

function detachTgs(ctx: ActionContext): unknown {
  const g = mustAsg(asgState(ctx), ctx.params.req('AutoScalingGroupName'));
  const arns = ctx.params.list('TargetGroupARNs').filter((a) => g.targetGroupArns.includes(a));
  g.targetGroupArns = g.targetGroupArns.filter((a) => !arns.includes(a));
  for (const m of live(g)) deregister(ctx.core, ctx.region, arns, m.instanceId);
  return {};
}

/** Member actions. */
export const memberActions = {
  DescribeAutoScalingInstances: describeInstances, SetDesiredCapacity: setDesired, TerminateInstanceInAutoScalingGroup: terminateMember,
  SetInstanceHealth: setHealth, AttachLoadBalancerTargetGroups: attachTgs, DetachLoadBalancerTargetGroups: detachTgs,
};
