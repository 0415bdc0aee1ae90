/** VPC handler: CreateVpc (+ DNS hostnames attribute), DeleteVpc, discovery by tags. */
import { CreateVpcCommand, DeleteVpcCommand, DescribeVpcAttributeCommand, DescribeVpcsCommand, ModifyVpcAttributeCommand, paginateDescribeVpcs, type Vpc } from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { tagSpec } from '../tags';
import type { ActualResource, DesiredResource } from '../types';
import { deleteWithRetry, designFilters, nodeFilters, owned } from './ec2-util';

async function toActual(ctx: DiscoverContext, v: Vpc): Promise<ActualResource> {
  const attr = await ctx.clients.ec2.send(new DescribeVpcAttributeCommand({ VpcId: v.VpcId!, Attribute: 'enableDnsHostnames' }));
  return {
    kind: 'vpc', id: v.VpcId!, ...owned(ctx, v.VpcId!, v.Tags),
    props: { cidr: v.CidrBlock ?? null, enableDnsHostnames: attr.EnableDnsHostnames?.Value ?? false },
    ...(v.State !== 'available' ? { attrs: { pending: v.State ?? 'pending' } } : {}),
  };
}

async function waitAvailable(ctx: OpContext, id: string): Promise<void> {
  await ctx.poll(`VPC ${id} to be available`, async () => {
    const out = await ctx.clients.ec2.send(new DescribeVpcsCommand({ VpcIds: [id] }));
    return out.Vpcs?.[0]?.State === 'available' ? true : undefined;
  });
}

async function setDnsHostnames(ctx: OpContext, id: string, value: boolean): Promise<void> {
  await ctx.clients.ec2.send(new ModifyVpcAttributeCommand({ VpcId: id, EnableDnsHostnames: { Value: value } }));
}

/** VPC handler. */
export const vpcHandler: Handler = {
  kind: 'vpc',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeVpcs({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const v of page.Vpcs ?? []) out.push(await toActual(ctx, v));
    }
    return out;
  },
  async create(ctx, want: DesiredResource) {
    const vpc = await ctx.createOnce(`VPC ${want.name}`,
      async () => (await ctx.clients.ec2Once.send(new CreateVpcCommand({ CidrBlock: String(want.props.cidr), TagSpecifications: tagSpec('vpc', ctx.tags(want)) }))).Vpc!,
      async () => (await ctx.clients.ec2.send(new DescribeVpcsCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) }))).Vpcs?.[0]);
    await waitAvailable(ctx, vpc.VpcId!);
    if (want.props.enableDnsHostnames === true) await setDnsHostnames(ctx, vpc.VpcId!, true);
    return { kind: 'vpc', nodeId: want.nodeId, region: ctx.region, id: vpc.VpcId!, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    if (changes.some((c) => c.property === 'enableDnsHostnames')) await setDnsHostnames(ctx, have.id, want.props.enableDnsHostnames === true);
    await waitAvailable(ctx, have.id);
  },
  async delete(ctx, have) {
    await deleteWithRetry(ctx, `delete VPC ${have.id}`, () => ctx.clients.ec2.send(new DeleteVpcCommand({ VpcId: have.id })));
  },
};
