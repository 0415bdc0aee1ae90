/**
 * NAT gateways: pending → available, deleting → deleted, on a clock. While its
 * AZ is failed a NAT gateway reports `failed` (failureCode AvailabilityZoneImpaired)
 * and recovers when the AZ is restored — computed on read, never stored.
 */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import { idempotent } from '../core/idempotency';
import { schedule, settle } from '../core/lifecycle';
import type { ActionContext, SandboxCore } from '../core/service';
import { mustAddress } from './addresses';
import { describe } from './describe';
import { allocatePrivateIp, mustSubnet } from './subnets';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { NatGateway } from './types';

const CREATE_MS = 10_000;
const DELETE_MS = 5_000;

/** The state a NAT gateway shows now, taking AZ faults into account. */
export function natEffectiveState(core: SandboxCore, region: string, state: Ec2Region, g: NatGateway): string {
  const az = state.subnets[g.subnetId]?.availabilityZone;
  if (g.state === 'available' && az && core.world.isAzDown(region, az)) return 'failed';
  return g.state;
}

function render(ctx: ActionContext, state: Ec2Region, g: NatGateway): unknown {
  const effective = natEffectiveState(ctx.core, ctx.region, state, g);
  const azDown = effective === 'failed' && g.state === 'available';
  return {
    natGatewayId: g.natGatewayId, subnetId: g.subnetId, vpcId: g.vpcId, state: effective, connectivityType: g.connectivityType,
    createTime: g.createTime, deleteTime: g.deleteTime, tagSet: tagSet(g.tags),
    failureCode: azDown ? 'AvailabilityZoneImpaired' : undefined,
    failureMessage: azDown ? `Availability zone ${state.subnets[g.subnetId]?.availabilityZone} is impaired (Sandbox fault)` : undefined,
    natGatewayAddressSet: [{
      allocationId: g.allocationId, publicIp: g.publicIp, privateIp: g.privateIp, isPrimary: true,
      networkInterfaceId: `eni-${g.natGatewayId.slice(4)}`, status: g.state === 'deleted' ? 'succeeded' : g.state === 'available' ? 'succeeded' : 'associating',
    }],
  };
}

async function create(ctx: ActionContext): Promise<unknown> {
  const state = ec2State(ctx);
  return idempotent(state._tokens, ctx.action, ctx.params, () => {
    const subnet = mustSubnet(state, ctx.params.req('SubnetId'));
    const connectivityType = ctx.params.str('ConnectivityType') ?? 'public';
    if (connectivityType !== 'public' && connectivityType !== 'private') {
      throw new AwsError('InvalidParameterValue', `ConnectivityType must be public or private, got '${connectivityType}'`, 400);
    }
    const allocationId = ctx.params.str('AllocationId');
    if (connectivityType === 'public' && !allocationId) throw new AwsError('MissingParameter', 'A public NAT gateway needs AllocationId (an Elastic IP)', 400);
    const address = allocationId ? mustAddress(state, allocationId) : undefined;
    if (address && (address.associationId || address.natGatewayId)) {
      throw new AwsError('Resource.AlreadyAssociated', `Elastic IP ${address.allocationId} is already associated`, 400);
    }
    const now = ctx.core.clock.now();
    const g: NatGateway = {
      natGatewayId: newId('nat'), subnetId: subnet.subnetId, vpcId: subnet.vpcId, allocationId, publicIp: address?.publicIp,
      privateIp: allocatePrivateIp(subnet), connectivityType, createTime: new Date(now).toISOString(),
      state: 'pending', next: [{ state: 'available', at: ctx.core.clock.after(CREATE_MS) }], tags: tagsOnCreate(ctx.params, 'natgateway'),
    };
    settle(g, now);
    if (address) address.natGatewayId = g.natGatewayId;
    state.natGateways[g.natGatewayId] = g;
    return { natGateway: render(ctx, state, g), clientToken: ctx.params.str('ClientToken') };
  });
}

function remove(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const g = must(state.natGateways, ctx.params.req('NatGatewayId'), 'NatGatewayNotFound', 'NAT gateway');
  settle(g, ctx.core.clock.now());
  if (g.state === 'deleted' || g.state === 'deleting') return { natGatewayId: g.natGatewayId };
  schedule(g, 'deleting', { state: 'deleted', at: ctx.core.clock.after(DELETE_MS) });
  g.deleteTime = new Date(ctx.core.clock.now()).toISOString();
  const address = g.allocationId ? state.addresses[g.allocationId] : undefined;
  if (address) delete address.natGatewayId;
  return { natGatewayId: g.natGatewayId };
}

function describeNats(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const page = describe(ctx, state.natGateways, {
    idsKey: 'NatGatewayId', notFound: 'NatGatewayNotFound', what: 'NAT gateway',
    fields: (g, name) => {
      switch (name) {
        case 'nat-gateway-id': return g.natGatewayId;
        case 'subnet-id': return g.subnetId;
        case 'vpc-id': return g.vpcId;
        case 'state': return natEffectiveState(ctx.core, ctx.region, state, g);
        default: return undefined;
      }
    },
  });
  return { natGatewaySet: page.items.map((g) => render(ctx, state, g)), nextToken: page.nextToken };
}

/** NAT gateway actions. */
export const natGatewayActions = { CreateNatGateway: create, DeleteNatGateway: remove, DescribeNatGateways: describeNats };
