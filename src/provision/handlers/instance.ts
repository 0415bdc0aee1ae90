/** Instance handler: RunInstances with a ClientToken, wait running; security groups change in place; terminate and wait. */
import {
  DescribeInstancesCommand, ModifyInstanceAttributeCommand, RunInstancesCommand, TerminateInstancesCommand, paginateDescribeInstances, type Instance,
} from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { toTagList } from '../tags';
import type { ActualResource, Ref } from '../types';
import { designFilters, failedState, ignoreNotFound, owned } from './ec2-util';

const LIVE = ['pending', 'running', 'stopping', 'stopped'];

function toActual(ctx: DiscoverContext, i: Instance): ActualResource {
  const state = i.State?.Name ?? 'pending';
  return {
    kind: 'instance', id: i.InstanceId!, ...owned(ctx, i.InstanceId!, i.Tags), vpc: i.VpcId,
    props: {
      subnet: i.SubnetId ?? null, instanceType: i.InstanceType ?? null, imageId: i.ImageId ?? null,
      securityGroups: (i.SecurityGroups ?? []).map((g) => g.GroupId!).filter(Boolean),
    },
    attrs: { state, ...(state === 'pending' ? { pending: state } : {}), ...(i.PrivateIpAddress ? { privateIp: i.PrivateIpAddress } : {}) },
  };
}

/** True for instances an auto scaling group launched: they belong to the group, not to an instance node. */
export function isScalingInstance(i: Instance): boolean {
  return (i.Tags ?? []).some((t) => t.Key === 'aws:autoscaling:groupName');
}

async function waitRunning(ctx: OpContext, id: string): Promise<Instance> {
  return ctx.poll(`instance ${id} to be running`, async () => {
    const i = (await ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0];
    const state = i?.State?.Name;
    if (state === 'terminated' || state === 'shutting-down') throw failedState(`instance ${id}`, state, i?.StateReason?.Message);
    return state === 'running' ? i : undefined;
  });
}

/** Terminates instances and waits until they are gone. */
export async function terminateAndWait(ctx: OpContext, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await ignoreNotFound(() => ctx.clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: [...ids] })));
  await ctx.poll(`instances ${ids.join(', ')} to terminate`, async () => {
    const out = await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [...ids] })));
    const live = (out?.Reservations ?? []).flatMap((r) => r.Instances ?? []).filter((i) => i.State?.Name !== 'terminated');
    return live.length === 0 ? true : undefined;
  });
}

/** Instance handler. */
export const instanceHandler: Handler = {
  kind: 'instance',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    const Filters = [...(designFilters(ctx.designId) ?? []), { Name: 'instance-state-name', Values: LIVE }];
    for await (const page of paginateDescribeInstances({ client: ctx.clients.ec2 }, { Filters })) {
      for (const r of page.Reservations ?? []) for (const i of r.Instances ?? []) {
        if (LIVE.includes(i.State?.Name ?? '') && !isScalingInstance(i)) out.push(toActual(ctx, i));
      }
    }
    return out;
  },
  async create(ctx, want) {
    const subnet = ctx.resource((want.props.subnet as Ref).ref);
    const groups = ((want.props.securityGroups ?? []) as readonly Ref[]).map((g) => ctx.resource(g.ref).id);
    const tags = { ...ctx.tags(want), ...(want.hints.role ? { 'ha-architect:role': String(want.hints.role) } : {}) };
    const out = await ctx.clients.ec2.send(new RunInstancesCommand({
      ImageId: want.props.imageId ? String(want.props.imageId) : await ctx.defaultImage(),
      InstanceType: String(want.props.instanceType) as never, SubnetId: subnet.id, MinCount: 1, MaxCount: 1,
      ...(groups.length ? { SecurityGroupIds: groups } : {}),
      ClientToken: ctx.token(want.nodeId),
      TagSpecifications: [{ ResourceType: 'instance', Tags: toTagList(tags) }],
    }));
    const id = out.Instances![0]!.InstanceId!;
    const ready = await waitRunning(ctx, id);
    return { ...toActual(ctx, ready), nodeId: want.nodeId, name: want.name, vpc: subnet.vpc, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    if (changes.some((c) => c.property === 'securityGroups')) {
      const groups = ((want.props.securityGroups ?? []) as readonly Ref[]).map((g) => ctx.resource(g.ref).id);
      await ctx.clients.ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: have.id, Groups: groups }));
    }
    if (have.attrs?.state !== 'stopped') await waitRunning(ctx, have.id);
  },
  async delete(ctx, have) {
    await terminateAndWait(ctx, [have.id]);
  },
};
