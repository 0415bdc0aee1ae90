/** Subnet handler: CreateSubnet in its zone, public IP mapping, DeleteSubnet. */
import { CreateSubnetCommand, DeleteSubnetCommand, DescribeSubnetsCommand, ModifySubnetAttributeCommand, paginateDescribeSubnets } from '@aws-sdk/client-ec2';
import type { Handler, OpContext } from '../handler';
import { tagSpec } from '../tags';
import type { ActualResource, Ref } from '../types';
import { deleteWithRetry, designFilters, nodeFilters, owned } from './ec2-util';

async function waitAvailable(ctx: OpContext, id: string): Promise<void> {
  await ctx.poll(`subnet ${id} to be available`, async () => {
    const out = await ctx.clients.ec2.send(new DescribeSubnetsCommand({ SubnetIds: [id] }));
    return out.Subnets?.[0]?.State === 'available' ? true : undefined;
  });
}

/** Subnet handler. */
export const subnetHandler: Handler = {
  kind: 'subnet',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeSubnets({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const s of page.Subnets ?? []) {
        out.push({
          kind: 'subnet', id: s.SubnetId!, ...owned(ctx, s.SubnetId!, s.Tags), vpc: s.VpcId, arn: s.SubnetArn,
          props: { vpc: s.VpcId ?? null, cidr: s.CidrBlock ?? null, zone: s.AvailabilityZone ?? null, public: s.MapPublicIpOnLaunch ?? false },
          ...(s.State !== 'available' ? { attrs: { pending: s.State ?? 'pending' } } : {}),
        });
      }
    }
    return out;
  },
  async create(ctx, want) {
    const vpc = ctx.resource((want.props.vpc as Ref).ref);
    const subnet = await ctx.createOnce(`subnet ${want.name}`,
      async () => (await ctx.clients.ec2Once.send(new CreateSubnetCommand({
        VpcId: vpc.id, CidrBlock: String(want.props.cidr), AvailabilityZone: want.props.zone ? String(want.props.zone) : undefined,
        TagSpecifications: tagSpec('subnet', ctx.tags(want)),
      }))).Subnet!,
      async () => (await ctx.clients.ec2.send(new DescribeSubnetsCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) }))).Subnets?.[0]);
    await waitAvailable(ctx, subnet.SubnetId!);
    if (want.props.public === true) {
      await ctx.clients.ec2.send(new ModifySubnetAttributeCommand({ SubnetId: subnet.SubnetId!, MapPublicIpOnLaunch: { Value: true } }));
    }
    return { kind: 'subnet', nodeId: want.nodeId, region: ctx.region, id: subnet.SubnetId!, vpc: vpc.nodeId, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    if (changes.some((c) => c.property === 'public')) {
      await ctx.clients.ec2.send(new ModifySubnetAttributeCommand({ SubnetId: have.id, MapPublicIpOnLaunch: { Value: want.props.public === true } }));
    }
    await waitAvailable(ctx, have.id);
  },
  async delete(ctx, have) {
    await deleteWithRetry(ctx, `delete subnet ${have.id}`, () => ctx.clients.ec2.send(new DeleteSubnetCommand({ SubnetId: have.id })));
  },
};
