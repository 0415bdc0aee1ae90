/** VPN connection handler: customer gateway + (virtual private gateway attached to the VPC | transit gateway) + the connection; delete in reverse. */
import {
  AttachVpnGatewayCommand, CreateCustomerGatewayCommand, CreateVpnConnectionCommand, CreateVpnGatewayCommand, DeleteCustomerGatewayCommand,
  DeleteVpnConnectionCommand, DeleteVpnGatewayCommand, DescribeCustomerGatewaysCommand, DescribeVpnConnectionsCommand, DescribeVpnGatewaysCommand,
  DetachVpnGatewayCommand, type VpnConnection,
} from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { DESIGN_TAG, tagSpec } from '../tags';
import type { ActualResource, DesiredResource, PropValue, Ref } from '../types';
import { deleteWithRetry, designFilters, failedState, ignoreNotFound, nodeFilters, owned } from './ec2-util';

const live = (s: string | undefined) => s !== 'deleted' && s !== 'deleting';

async function toActuals(ctx: DiscoverContext, conns: readonly VpnConnection[]): Promise<ActualResource[]> {
  if (!conns.length) return [];
  const cgwIds = [...new Set(conns.map((c) => c.CustomerGatewayId!).filter(Boolean))];
  const vgwIds = [...new Set(conns.map((c) => c.VpnGatewayId!).filter(Boolean))];
  const cgws = cgwIds.length ? (await ctx.clients.ec2.send(new DescribeCustomerGatewaysCommand({ CustomerGatewayIds: cgwIds }))).CustomerGateways ?? [] : [];
  const vgws = vgwIds.length ? (await ctx.clients.ec2.send(new DescribeVpnGatewaysCommand({ VpnGatewayIds: vgwIds }))).VpnGateways ?? [] : [];
  return conns.map((c): ActualResource => {
    const cgw = cgws.find((g) => g.CustomerGatewayId === c.CustomerGatewayId);
    const vgw = vgws.find((g) => g.VpnGatewayId === c.VpnGatewayId);
    const vpc = vgw?.VpcAttachments?.find((a) => a.State === 'attached' || a.State === 'attaching')?.VpcId;
    const state = c.State ?? 'pending';
    return {
      kind: 'vpnConnection', id: c.VpnConnectionId!, ...owned(ctx, c.VpnConnectionId!, c.Tags),
      aliases: [c.VpnGatewayId, c.CustomerGatewayId].filter((x): x is string => !!x),
      props: {
        customerGatewayIp: cgw?.IpAddress ?? null, customerGatewayAsn: cgw?.BgpAsn ? Number(cgw.BgpAsn) : null,
        staticRoutesOnly: c.Options?.StaticRoutesOnly ?? false,
        gateway: (c.TransitGatewayId ? { transitGateway: c.TransitGatewayId } : vpc ? { vpc } : null) as PropValue,
      },
      attrs: {
        ...(c.VpnGatewayId ? { vpnGatewayId: c.VpnGatewayId } : {}), ...(c.CustomerGatewayId ? { customerGatewayId: c.CustomerGatewayId } : {}),
        ...(state === 'pending' ? { pending: state } : {}), ...(state === 'deleting' ? { deleting: state } : {}),
      },
    };
  });
}

async function connState(ctx: OpContext, id: string): Promise<string | undefined> {
  return (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeVpnConnectionsCommand({ VpnConnectionIds: [id] }))))?.VpnConnections?.[0]?.State;
}

async function customerGateway(ctx: OpContext, want: DesiredResource, tags: Record<string, string>): Promise<string> {
  const lookup = async () => (await ctx.clients.ec2.send(new DescribeCustomerGatewaysCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) })))
    .CustomerGateways?.find((g) => live(g.State))?.CustomerGatewayId;
  return (await lookup()) ?? (await ctx.createOnce(`customer gateway of ${want.name}`,
    async () => (await ctx.clients.ec2Once.send(new CreateCustomerGatewayCommand({
      Type: 'ipsec.1', BgpAsn: Number(want.props.customerGatewayAsn), IpAddress: String(want.props.customerGatewayIp),
      TagSpecifications: tagSpec('customer-gateway', tags),
    }))).CustomerGateway!.CustomerGatewayId,
    lookup))!;
}

async function vpnGateway(ctx: OpContext, want: DesiredResource, vpcId: string, tags: Record<string, string>): Promise<string> {
  const lookup = async () => (await ctx.clients.ec2.send(new DescribeVpnGatewaysCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) })))
    .VpnGateways?.find((g) => live(g.State));
  const vgw = (await lookup()) ?? (await ctx.createOnce(`virtual private gateway of ${want.name}`,
    async () => (await ctx.clients.ec2Once.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1', TagSpecifications: tagSpec('vpn-gateway', tags) }))).VpnGateway!,
    lookup));
  if (!vgw.VpcAttachments?.some((a) => a.VpcId === vpcId && (a.State === 'attached' || a.State === 'attaching'))) {
    await ctx.clients.ec2.send(new AttachVpnGatewayCommand({ VpnGatewayId: vgw.VpnGatewayId!, VpcId: vpcId }));
  }
  await ctx.poll(`virtual private gateway ${vgw.VpnGatewayId} to attach`, async () => {
    const g = (await ctx.clients.ec2.send(new DescribeVpnGatewaysCommand({ VpnGatewayIds: [vgw.VpnGatewayId!] }))).VpnGateways?.[0];
    return g?.VpcAttachments?.some((a) => a.VpcId === vpcId && a.State === 'attached') ? true : undefined;
  });
  return vgw.VpnGatewayId!;
}

async function waitAvailable(ctx: OpContext, id: string): Promise<void> {
  await ctx.poll(`VPN connection ${id} to be available`, async () => {
    const s = await connState(ctx, id);
    if (s === 'deleted' || s === 'deleting') throw failedState(`VPN connection ${id}`, s);
    return s === 'available' ? true : undefined;
  });
}

/** VPN connection handler. */
export const vpnConnectionHandler: Handler = {
  kind: 'vpnConnection',
  service: 'ec2',
  async discover(ctx) {
    const out = await ctx.clients.ec2.send(new DescribeVpnConnectionsCommand({ Filters: designFilters(ctx.designId) }));
    return toActuals(ctx, (out.VpnConnections ?? []).filter((c) => c.State !== 'deleted'));
  },
  async create(ctx, want) {
    const tags = ctx.tags(want);
    const gw = want.props.gateway as { vpc?: Ref; transitGateway?: Ref } | null;
    if (!gw) throw new Error(`VPN ${want.name} needs a link edge to a VPC or a transit gateway`);
    const cgw = await customerGateway(ctx, want, tags);
    const target = gw.transitGateway ? { TransitGatewayId: ctx.resource(gw.transitGateway.ref).id } : { VpnGatewayId: await vpnGateway(ctx, want, ctx.resource(gw.vpc!.ref).id, tags) };
    const inside = ((want.hints.insideCidrs ?? []) as readonly (string | null)[]);
    const conn = await ctx.createOnce(`VPN connection ${want.name}`,
      async () => (await ctx.clients.ec2Once.send(new CreateVpnConnectionCommand({
        Type: 'ipsec.1', CustomerGatewayId: cgw, ...target,
        Options: { StaticRoutesOnly: want.props.staticRoutesOnly === true, ...(inside.some(Boolean) ? { TunnelOptions: inside.map((c) => (c ? { TunnelInsideCidr: c } : {})) } : {}) },
        TagSpecifications: tagSpec('vpn-connection', tags),
      }))).VpnConnection!,
      async () => (await ctx.clients.ec2.send(new DescribeVpnConnectionsCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) }))).VpnConnections?.find((c) => live(c.State)));
    await waitAvailable(ctx, conn.VpnConnectionId!);
    return {
      kind: 'vpnConnection', nodeId: want.nodeId, region: ctx.region, id: conn.VpnConnectionId!, name: want.name, props: want.props, designId: ctx.designId,
      aliases: [target.VpnGatewayId, cgw].filter((x): x is string => !!x), attrs: { customerGatewayId: cgw, ...(target.VpnGatewayId ? { vpnGatewayId: target.VpnGatewayId } : {}) },
    };
  },
  async update(ctx, _want, have) {
    await waitAvailable(ctx, have.id);
  },
  async delete(ctx, have) {
    await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteVpnConnectionCommand({ VpnConnectionId: have.id })));
    await ctx.poll(`VPN connection ${have.id} to be deleted`, async () => (live(await connState(ctx, have.id)) && (await connState(ctx, have.id)) !== undefined ? undefined : true));
    const vgw = have.attrs?.vpnGatewayId;
    if (vgw) await removeVpnGateway(ctx, vgw);
    if (have.attrs?.customerGatewayId) await deleteWithRetry(ctx, `delete customer gateway ${have.attrs.customerGatewayId}`, () => ctx.clients.ec2.send(new DeleteCustomerGatewayCommand({ CustomerGatewayId: have.attrs!.customerGatewayId })));
  },
};

async function removeVpnGateway(ctx: OpContext, id: string): Promise<void> {
  const g = (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeVpnGatewaysCommand({ VpnGatewayIds: [id] }))))?.VpnGateways?.[0];
  for (const a of g?.VpcAttachments ?? []) {
    if (a.VpcId && a.State !== 'detached') await ignoreNotFound(() => ctx.clients.ec2.send(new DetachVpnGatewayCommand({ VpnGatewayId: id, VpcId: a.VpcId })));
  }
  await deleteWithRetry(ctx, `delete virtual private gateway ${id}`, () => ctx.clients.ec2.send(new DeleteVpnGatewayCommand({ VpnGatewayId: id })));
}

/** Deletes the design's customer and virtual private gateways no connection uses (left by an interrupted create). */
export async function sweepVpnGateways(ctx: OpContext): Promise<number> {
  const filters = [{ Name: `tag:${DESIGN_TAG}`, Values: [ctx.designId] }];
  const vgws = ((await ctx.clients.ec2.send(new DescribeVpnGatewaysCommand({ Filters: filters }))).VpnGateways ?? []).filter((g) => live(g.State));
  for (const g of vgws) await removeVpnGateway(ctx, g.VpnGatewayId!);
  const cgws = ((await ctx.clients.ec2.send(new DescribeCustomerGatewaysCommand({ Filters: filters }))).CustomerGateways ?? []).filter((g) => live(g.State));
  for (const g of cgws) await deleteWithRetry(ctx, `delete customer gateway ${g.CustomerGatewayId}`, () => ctx.clients.ec2.send(new DeleteCustomerGatewayCommand({ CustomerGatewayId: g.CustomerGatewayId })));
  return vgws.length + cgws.length;
}
