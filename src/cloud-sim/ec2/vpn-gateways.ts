/** Customer gateways and virtual private gateways (+ attach/detach to a VPC). */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import { schedule, settle } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { ec2State, must } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { CustomerGateway, VpnGateway } from './types';

const VGW_MS = 3000;
const ATTACH_MS = 2000;
const DELETE_MS = 2000;

function renderCgw(g: CustomerGateway): unknown {
  return { customerGatewayId: g.customerGatewayId, state: g.state, type: g.type, ipAddress: g.ipAddress, bgpAsn: g.bgpAsn, tagSet: tagSet(g.tags) };
}

function createCgw(ctx: ActionContext): unknown {
  const type = ctx.params.req('Type');
  if (type !== 'ipsec.1') throw new AwsError('InvalidParameterValue', `Type must be ipsec.1, got '${type}'`, 400);
  const ip = ctx.params.str('IpAddress') ?? ctx.params.str('PublicIp');
  if (!ip || !/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) throw new AwsError('MissingParameter', 'The request must contain IpAddress (the IPv4 address of your device)', 400);
  const state = ec2State(ctx);
  const existing = Object.values(state.customerGateways).find((g) => g.ipAddress === ip && g.state === 'available');
  if (existing) return { customerGateway: renderCgw(existing) };
  const g: CustomerGateway = {
    customerGatewayId: newId('cgw'), bgpAsn: String(ctx.params.int('BgpAsn', 1, 4294967294) ?? 65000), ipAddress: ip, type,
    state: 'available', tags: tagsOnCreate(ctx.params, 'customer-gateway'),
  };
  state.customerGateways[g.customerGatewayId] = g;
  return { customerGateway: renderCgw(g) };
}

function deleteCgw(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const g = must(state.customerGateways, ctx.params.req('CustomerGatewayId'), 'InvalidCustomerGatewayID.NotFound', 'customerGateway ID');
  const now = ctx.core.clock.now();
  const used = Object.values(state.vpnConnections).some((c) => c.customerGatewayId === g.customerGatewayId && (settle(c, now), c.state !== 'deleted'));
  if (used) throw new AwsError('IncorrectState', `The customer gateway ${g.customerGatewayId} is in use by a VPN connection`, 400);
  schedule(g, 'deleted');
  return { return: true };
}

function describeCgws(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).customerGateways, {
    idsKey: 'CustomerGatewayId', notFound: 'InvalidCustomerGatewayID.NotFound', what: 'customerGateway ID',
    fields: (g, name) => ({ 'customer-gateway-id': g.customerGatewayId, state: g.state, 'ip-address': g.ipAddress, 'bgp-asn': g.bgpAsn, type: g.type } as Record<string, string>)[name],
  });
  return { customerGatewaySet: page.items.map(renderCgw) };
}

function renderVgw(g: VpnGateway, now: number): unknown {
  return {
    vpnGatewayId: g.vpnGatewayId, state: g.state, type: g.type, amazonSideAsn: g.amazonSideAsn, tagSet: tagSet(g.tags),
    attachments: g.vpcId ? [{ vpcId: g.vpcId, state: (g.attachedAt ?? 0) <= now ? 'attached' : 'attaching' }] : [],
  };
}

function createVgw(ctx: ActionContext): unknown {
  const type = ctx.params.req('Type');
  if (type !== 'ipsec.1') throw new AwsError('InvalidParameterValue', `Type must be ipsec.1, got '${type}'`, 400);
  const g: VpnGateway = {
    vpnGatewayId: newId('vgw'), type, amazonSideAsn: ctx.params.int('AmazonSideAsn', 1, 4294967294) ?? 64512,
    state: 'pending', next: [{ state: 'available', at: ctx.core.clock.after(VGW_MS) }], tags: tagsOnCreate(ctx.params, 'vpn-gateway'),
  };
  ec2State(ctx).vpnGateways[g.vpnGatewayId] = g;
  return { vpnGateway: renderVgw(g, ctx.core.clock.now()) };
}

function mustVgw(ctx: ActionContext): VpnGateway {
  const g = must(ec2State(ctx).vpnGateways, ctx.params.req('VpnGatewayId'), 'InvalidVpnGatewayID.NotFound', 'vpnGateway ID');
  settle(g, ctx.core.clock.now());
  return g;
}

function attachVgw(ctx: ActionContext): unknown {
  const g = mustVgw(ctx);
  const vpc = must(ec2State(ctx).vpcs, ctx.params.req('VpcId'), 'InvalidVpcID.NotFound', 'vpc ID');
  if (g.state !== 'available') throw new AwsError('IncorrectState', `${g.vpnGatewayId} is ${g.state}, not available`, 400);
  if (g.vpcId) throw new AwsError('VpnGatewayAttachmentLimitExceeded', `${g.vpnGatewayId} is already attached to ${g.vpcId}`, 400);
  if (Object.values(ec2State(ctx).vpnGateways).some((o) => o.vpcId === vpc.vpcId)) throw new AwsError('InvalidParameterValue', `${vpc.vpcId} already has a VPN gateway attached`, 400);
  g.vpcId = vpc.vpcId;
  g.attachedAt = ctx.core.clock.after(ATTACH_MS);
  return { attachment: { vpcId: vpc.vpcId, state: 'attaching' } };
}

function detachVgw(ctx: ActionContext): unknown {
  const g = mustVgw(ctx);
  const vpcId = ctx.params.req('VpcId');
  if (g.vpcId !== vpcId) throw new AwsError('InvalidVpnGatewayAttachment.NotFound', `${g.vpnGatewayId} is not attached to ${vpcId}`, 400);
  delete g.vpcId;
  delete g.attachedAt;
  return { return: true };
}

function deleteVgw(ctx: ActionContext): unknown {
  const g = mustVgw(ctx);
  if (g.vpcId) throw new AwsError('IncorrectState', `${g.vpnGatewayId} is attached to ${g.vpcId}; detach it first`, 400);
  schedule(g, 'deleting', { state: 'deleted', at: ctx.core.clock.after(DELETE_MS) });
  return { return: true };
}

function describeVgws(ctx: ActionContext): unknown {
  const now = ctx.core.clock.now();
  const page = describe(ctx, ec2State(ctx).vpnGateways, {
    idsKey: 'VpnGatewayId', notFound: 'InvalidVpnGatewayID.NotFound', what: 'vpnGateway ID',
    fields: (g, name) => ({ 'vpn-gateway-id': g.vpnGatewayId, state: g.state, type: g.type, 'attachment.vpc-id': g.vpcId } as Record<string, string | undefined>)[name] ?? (name === 'attachment.vpc-id' ? [] : undefined),
  });
  return { vpnGatewaySet: page.items.map((g) => renderVgw(g, now)) };
}

/** Customer and VPN gateway actions. */
export const vpnGatewayActions = {
  CreateCustomerGateway: createCgw, DeleteCustomerGateway: deleteCgw, DescribeCustomerGateways: describeCgws,
  CreateVpnGateway: createVgw, AttachVpnGateway: attachVgw, DetachVpnGateway: detachVgw, DeleteVpnGateway: deleteVgw,
  DescribeVpnGateways: describeVgws,
};
