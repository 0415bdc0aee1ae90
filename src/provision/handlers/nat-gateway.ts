/** NAT gateway handler: Elastic IP (public) + CreateNatGateway with a ClientToken; delete waits, then releases the address. */
import {
  AllocateAddressCommand, CreateNatGatewayCommand, DeleteNatGatewayCommand, DescribeAddressesCommand, DescribeNatGatewaysCommand,
  ReleaseAddressCommand, paginateDescribeNatGateways, type NatGateway,
} from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { DESIGN_TAG, tagSpec } from '../tags';
import type { ActualResource, Ref } from '../types';
import { deleteWithRetry, designFilters, failedState, ignoreNotFound, nodeFilters, owned } from './ec2-util';

function toActual(ctx: DiscoverContext, n: NatGateway): ActualResource {
  const allocations = (n.NatGatewayAddresses ?? []).map((a) => a.AllocationId).filter((x): x is string => !!x);
  const state = n.State ?? 'pending';
  return {
    kind: 'natGateway', id: n.NatGatewayId!, ...owned(ctx, n.NatGatewayId!, n.Tags), vpc: n.VpcId, aliases: allocations,
    props: { subnet: n.SubnetId ?? null, connectivity: n.ConnectivityType ?? 'public' },
    attrs: { ...(allocations[0] ? { allocationId: allocations[0] } : {}), ...(state === 'pending' ? { pending: state } : {}), ...(state === 'deleting' ? { deleting: state } : {}) },
  };
}

async function waitAvailable(ctx: OpContext, id: string): Promise<NatGateway> {
  return ctx.poll(`NAT gateway ${id} to be available`, async () => {
    const n = (await ctx.clients.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [id] }))).NatGateways?.[0];
    if (n?.State === 'failed') throw failedState(`NAT gateway ${id}`, 'failed', `${n.FailureCode ?? ''} ${n.FailureMessage ?? ''}`.trim());
    return n?.State === 'available' ? n : undefined;
  });
}

/** The node's Elastic IP: an unassociated one carrying its tags (left by an interrupted create), else a new one. */
async function elasticIp(ctx: OpContext, nodeId: string, tags: Record<string, string>): Promise<string> {
  const lookup = async () => (await ctx.clients.ec2.send(new DescribeAddressesCommand({ Filters: nodeFilters(ctx.designId, nodeId) })))
    .Addresses?.find((a) => !a.AssociationId && !a.NetworkInterfaceId);
  const free = await lookup();
  if (free?.AllocationId) return free.AllocationId;
  const out = await ctx.createOnce(`Elastic IP for ${nodeId}`,
    async () => (await ctx.clients.ec2Once.send(new AllocateAddressCommand({ Domain: 'vpc', TagSpecifications: tagSpec('elastic-ip', tags) }))).AllocationId,
    async () => (await lookup())?.AllocationId);
  return out!;
}

/** NAT gateway handler. */
export const natGatewayHandler: Handler = {
  kind: 'natGateway',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeNatGateways({ client: ctx.clients.ec2 }, { Filter: designFilters(ctx.designId) })) {
      for (const n of page.NatGateways ?? []) if (n.State !== 'deleted' && n.State !== 'failed') out.push(toActual(ctx, n));
    }
    return out;
  },
  async create(ctx, want) {
    const subnet = ctx.resource((want.props.subnet as Ref).ref);
    const tags = ctx.tags(want);
    const allocationId = want.props.connectivity === 'public' ? await elasticIp(ctx, want.nodeId, tags) : undefined;
    const created = (await ctx.clients.ec2.send(new CreateNatGatewayCommand({
      SubnetId: subnet.id, ConnectivityType: want.props.connectivity === 'private' ? 'private' : 'public', AllocationId: allocationId,
      ClientToken: ctx.token(want.nodeId), TagSpecifications: tagSpec('natgateway', tags),
    }))).NatGateway!;
    const ready = await waitAvailable(ctx, created.NatGatewayId!);
    const actual: ActualResource = { ...toActual(ctx, ready), nodeId: want.nodeId, name: want.name, vpc: subnet.vpc, props: want.props, attrs: allocationId ? { allocationId } : {} };
    return actual;
  },
  async update(ctx, _want, have) {
    await waitAvailable(ctx, have.id);
  },
  async delete(ctx, have) {
    const n = await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [have.id] })));
    const allocations = (n?.NatGateways?.[0]?.NatGatewayAddresses ?? []).map((a) => a.AllocationId).filter((x): x is string => !!x);
    await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: have.id })));
    await ctx.poll(`NAT gateway ${have.id} to be deleted`, async () => {
      const g = (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [have.id] }))))?.NatGateways?.[0];
      return !g || g.State === 'deleted' || g.State === 'failed' ? true : undefined;
    });
    for (const id of allocations) {
      await deleteWithRetry(ctx, `release Elastic IP ${id}`, () => ctx.clients.ec2.send(new ReleaseAddressCommand({ AllocationId: id })));
    }
  },
};

/** Releases the design's Elastic IPs that no NAT gateway uses (left by an interrupted create): destroy leaves nothing tagged. */
export async function sweepAddresses(ctx: OpContext): Promise<number> {
  const out = await ctx.clients.ec2.send(new DescribeAddressesCommand({ Filters: [{ Name: `tag:${DESIGN_TAG}`, Values: [ctx.designId] }] }));
  let n = 0;
  for (const a of out.Addresses ?? []) {
    if (a.AssociationId || !a.AllocationId) continue;
    await deleteWithRetry(ctx, `release Elastic IP ${a.AllocationId}`, () => ctx.clients.ec2.send(new ReleaseAddressCommand({ AllocationId: a.AllocationId })));
    n++;
  }
  return n;
}
