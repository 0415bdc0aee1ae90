/**
 * Site-to-site VPN connections: pending → available, two tunnels each. A tunnel
 * reports DOWN while a tunnel-down fault names it, while its region is failed,
 * or before the connection is available; telemetry is computed on read.
 */
import { AwsError } from '../core/errors';
import { newId, newPublicIp } from '../core/ids';
import { schedule, settle } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { ec2State, must } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { VpnConnection } from './types';

const CREATE_MS = 10_000;
const DELETE_MS = 3000;

function telemetry(ctx: ActionContext, c: VpnConnection): unknown[] {
  return c.tunnelIps.map((ip, i) => {
    const tunnel = (i + 1) as 1 | 2;
    const fault = ctx.core.world.list().find((f) => f.kind === 'tunnel-down' && f.vpnConnectionId === c.vpnConnectionId && f.tunnel === tunnel);
    const regionDown = ctx.core.world.isRegionDown(ctx.region);
    const up = c.state === 'available' && !fault && !regionDown;
    const since = fault ? fault.createdAt : new Date(Math.min(c.availableAt, ctx.core.clock.now())).toISOString();
    return {
      outsideIpAddress: ip, status: up ? 'UP' : 'DOWN', lastStatusChange: since, acceptedRouteCount: up ? 1 : 0,
      statusMessage: up ? '1 BGP ROUTES' : fault ? `Sandbox fault ${fault.id}: tunnel ${tunnel} down` : regionDown ? 'region failed' : c.state,
    };
  });
}

function render(ctx: ActionContext, c: VpnConnection): unknown {
  return {
    vpnConnectionId: c.vpnConnectionId, state: c.state, type: c.type, customerGatewayId: c.customerGatewayId,
    vpnGatewayId: c.vpnGatewayId, transitGatewayId: c.transitGatewayId, category: 'VPN', tagSet: tagSet(c.tags),
    options: { staticRoutesOnly: c.staticRoutesOnly, enableAcceleration: false, tunnelInsideIpVersion: 'ipv4' },
    vgwTelemetry: telemetry(ctx, c), routes: [],
  };
}

function create(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const type = ctx.params.req('Type');
  if (type !== 'ipsec.1') throw new AwsError('InvalidParameterValue', `Type must be ipsec.1, got '${type}'`, 400);
  const cgw = must(state.customerGateways, ctx.params.req('CustomerGatewayId'), 'InvalidCustomerGatewayID.NotFound', 'customerGateway ID');
  if (cgw.state !== 'available') throw new AwsError('IncorrectState', `${cgw.customerGatewayId} is ${cgw.state}`, 400);
  const vgwId = ctx.params.str('VpnGatewayId');
  const tgwId = ctx.params.str('TransitGatewayId');
  if (!vgwId === !tgwId) throw new AwsError('InvalidParameterCombination', 'Specify exactly one of VpnGatewayId or TransitGatewayId', 400);
  if (vgwId) must(state.vpnGateways, vgwId, 'InvalidVpnGatewayID.NotFound', 'vpnGateway ID');
  if (tgwId) must(state.transitGateways, tgwId, 'InvalidTransitGatewayID.NotFound', 'transitGateway ID');
  const availableAt = ctx.core.clock.after(CREATE_MS);
  const c: VpnConnection = {
    vpnConnectionId: newId('vpn'), customerGatewayId: cgw.customerGatewayId, vpnGatewayId: vgwId, transitGatewayId: tgwId, type,
    staticRoutesOnly: ctx.params.struct('Options')?.bool('StaticRoutesOnly') ?? false, tunnelIps: [newPublicIp(), newPublicIp()],
    availableAt, state: 'pending', next: [{ state: 'available', at: availableAt }], tags: tagsOnCreate(ctx.params, 'vpn-connection'),
  };
  state.vpnConnections[c.vpnConnectionId] = c;
  return { vpnConnection: render(ctx, c) };
}

function remove(ctx: ActionContext): unknown {
  const c = must(ec2State(ctx).vpnConnections, ctx.params.req('VpnConnectionId'), 'InvalidVpnConnectionID.NotFound', 'vpnConnection ID');
  settle(c, ctx.core.clock.now());
  if (c.state !== 'deleted' && c.state !== 'deleting') schedule(c, 'deleting', { state: 'deleted', at: ctx.core.clock.after(DELETE_MS) });
  return { return: true };
}

function describeVpns(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).vpnConnections, {
    idsKey: 'VpnConnectionId', notFound: 'InvalidVpnConnectionID.NotFound', what: 'vpnConnection ID',
    fields: (c, name) => ({
      'vpn-connection-id': c.vpnConnectionId, state: c.state, 'customer-gateway-id': c.customerGatewayId,
      'vpn-gateway-id': c.vpnGatewayId, 'transit-gateway-id': c.transitGatewayId, type: c.type,
    } as Record<string, string | undefined>)[name] ?? (['vpn-gateway-id', 'transit-gateway-id'].includes(name) ? [] : undefined),
  });
  return { vpnConnectionSet: page.items.map((c) => render(ctx, c)) };
}

/** VPN connection actions. */
export const vpnConnectionActions = { CreateVpnConnection: create, DeleteVpnConnection: remove, DescribeVpnConnections: describeVpns };
