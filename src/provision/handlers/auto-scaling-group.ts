/** Auto scaling group handler: launch template + group (tags propagated to instances), target groups, wait in service; ForceDelete and wait for instances. */
import {
  AttachLoadBalancerTargetGroupsCommand, CreateAutoScalingGroupCommand, DeleteAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand,
  DetachLoadBalancerTargetGroupsCommand, UpdateAutoScalingGroupCommand, paginateDescribeAutoScalingGroups, type AutoScalingGroup,
} from '@aws-sdk/client-auto-scaling';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { awsError } from '../errors';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { DESIGN_TAG, resourceName } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { owned } from './ec2-util';
import { terminateAndWait } from './instance';
import { deleteTemplate, ensureTemplate, newVersion, readLaunch } from './launch-template';

async function toActual(ctx: DiscoverContext, g: AutoScalingGroup): Promise<ActualResource> {
  const name = g.AutoScalingGroupName!;
  const templateId = g.LaunchTemplate?.LaunchTemplateId ?? g.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification?.LaunchTemplateId;
  return {
    kind: 'autoScalingGroup', id: name, arn: g.AutoScalingGroupARN, ...owned(ctx, name, g.Tags),
    props: {
      minSize: g.MinSize ?? 0, maxSize: g.MaxSize ?? 0, desiredCapacity: g.DesiredCapacity ?? 0,
      subnets: (g.VPCZoneIdentifier ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      healthCheckType: g.HealthCheckType ?? 'EC2', healthCheckGracePeriod: g.HealthCheckGracePeriod ?? 0,
      targetGroups: [...(g.TargetGroupARNs ?? [])],
      launch: templateId ? await readLaunch(ctx, templateId) : null,
    },
    attrs: { ...(templateId ? { launchTemplateId: templateId } : {}), ...(g.Status?.startsWith('Delete') ? { deleting: g.Status } : {}) },
  };
}

async function describe(ctx: OpContext, name: string): Promise<AutoScalingGroup | undefined> {
  return (await ctx.clients.autoscaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }))).AutoScalingGroups?.[0];
}

/** Waits until the group has its desired number of instances in service. */
async function waitInService(ctx: OpContext, name: string, desired: number): Promise<void> {
  await ctx.poll(`${desired} instance(s) in service in auto scaling group ${name}`, async () => {
    const g = await describe(ctx, name);
    const n = (g?.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
    return n >= desired ? true : undefined;
  });
}

const refs = (ctx: OpContext, list: unknown) => ((list ?? []) as readonly Ref[]).map((r) => ctx.resource(r.ref).id);

function sizes(want: DesiredResource) {
  const p = want.props;
  return {
    MinSize: Number(p.minSize), MaxSize: Number(p.maxSize), DesiredCapacity: Number(p.desiredCapacity),
    HealthCheckType: String(p.healthCheckType), HealthCheckGracePeriod: Number(p.healthCheckGracePeriod),
  };
}

/** Auto scaling group handler. */
export const autoScalingGroupHandler: Handler = {
  kind: 'autoScalingGroup',
  service: 'autoscaling',
  async discover(ctx) {
    const out: ActualResource[] = [];
    const Filters = ctx.designId === undefined ? undefined : [{ Name: `tag:${DESIGN_TAG}`, Values: [ctx.designId] }];
    for await (const page of paginateDescribeAutoScalingGroups({ client: ctx.clients.autoscaling }, { Filters })) {
      for (const g of page.AutoScalingGroups ?? []) out.push(await toActual(ctx, g));
    }
    return out;
  },
  async create(ctx, want) {
    const name = resourceName(ctx.designId, want.nodeId, 255);
    const templateId = await ensureTemplate(ctx, want);
    const tags = Object.entries(ctx.tags(want)).map(([Key, Value]) => ({ Key, Value, PropagateAtLaunch: true, ResourceId: name, ResourceType: 'auto-scaling-group' }));
    try {
      await ctx.clients.autoscaling.send(new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: name, LaunchTemplate: { LaunchTemplateId: templateId, Version: '$Latest' }, ...sizes(want),
        VPCZoneIdentifier: refs(ctx, want.props.subnets).join(','), TargetGroupARNs: refs(ctx, want.props.targetGroups), Tags: tags,
      }));
    } catch (err) {
      // Names are the idempotency key here: a group made by an interrupted attempt is adopted.
      if (awsError(err).code !== 'AlreadyExists') throw err;
    }
    await waitInService(ctx, name, Number(want.props.desiredCapacity));
    const subnet = ctx.maybeResource(((want.props.subnets as readonly Ref[])[0])?.ref ?? '');
    return { kind: 'autoScalingGroup', nodeId: want.nodeId, region: ctx.region, id: name, vpc: subnet?.vpc, name: want.name, props: want.props, designId: ctx.designId, attrs: { launchTemplateId: templateId } };
  },
  async update(ctx, want, have, changes) {
    const changed = new Set(changes.map((c) => c.property));
    if (changed.has('launch')) {
      if (have.attrs?.launchTemplateId) await newVersion(ctx, have.attrs.launchTemplateId, want);
      else await ensureTemplate(ctx, want);
    }
    if (['minSize', 'maxSize', 'desiredCapacity', 'subnets', 'healthCheckType', 'healthCheckGracePeriod'].some((k) => changed.has(k))) {
      await ctx.clients.autoscaling.send(new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: have.id, ...sizes(want), VPCZoneIdentifier: refs(ctx, want.props.subnets).join(',') }));
    }
    if (changed.has('targetGroups')) {
      const g = await describe(ctx, have.id);
      const current = g?.TargetGroupARNs ?? [];
      const wanted = refs(ctx, want.props.targetGroups);
      const add = wanted.filter((a) => !current.includes(a));
      const remove = current.filter((a) => !wanted.includes(a));
      if (add.length) await ctx.clients.autoscaling.send(new AttachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: have.id, TargetGroupARNs: add }));
      if (remove.length) await ctx.clients.autoscaling.send(new DetachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: have.id, TargetGroupARNs: remove }));
    }
    await waitInService(ctx, have.id, Number(want.props.desiredCapacity));
  },
  async delete(ctx, have) {
    try {
      await ctx.clients.autoscaling.send(new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: have.id, ForceDelete: true }));
    } catch (err) {
      const e = awsError(err);
      if (!/not found|does not exist/i.test(e.message) && !/ScalingActivityInProgress|ResourceInUse/.test(e.code)) throw err;
    }
    await ctx.poll(`auto scaling group ${have.id} to be deleted`, async () => ((await describe(ctx, have.id)) ? undefined : true));
    // Instances it launched carry its name tag; make sure none outlives the group.
    const left = await ctx.clients.ec2.send(new DescribeInstancesCommand({ Filters: [
      { Name: 'tag:aws:autoscaling:groupName', Values: [have.id] }, { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down'] },
    ] }));
    await terminateAndWait(ctx, (left.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId!).filter(Boolean));
    if (have.attrs?.launchTemplateId) await deleteTemplate(ctx, have.attrs.launchTemplateId);
  },
};

/** Terminates the design's instances still alive after the plan ran (launched by a group that is gone): destroy leaves nothing tagged. */
export async function sweepInstances(ctx: OpContext): Promise<number> {
  const out = await ctx.clients.ec2.send(new DescribeInstancesCommand({ Filters: [
    { Name: `tag:${DESIGN_TAG}`, Values: [ctx.designId] }, { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
  ] }));
  const ids = (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId!).filter(Boolean);
  await terminateAndWait(ctx, ids);
  return ids.length;
}
