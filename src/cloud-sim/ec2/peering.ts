/**
 * VPC peering: request → pending-acceptance → (accept) provisioning → active.
 * A cross-region peering is kept in both regions' state (same id), and every
 * change is applied to both copies so each region describes it consistently.
 */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import { schedule, settle } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { cidrOverlaps, parseCidr } from './cidr';
import { describe } from './describe';
import { ec2State, ec2StateOf, must } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { Peering } from './types';

const PROVISION_MS = 2000;

function render(p: Peering, ownerId: string): unknown {
  return {
    vpcPeeringConnectionId: p.vpcPeeringConnectionId, tagSet: tagSet(p.tags),
    status: { code: p.state, message: p.state === 'failed' ? 'Overlapping CIDR ranges' : p.state.replace('-', ' ') },
    requesterVpcInfo: { vpcId: p.requesterVpcId, ownerId, region: p.requesterRegion, cidrBlock: p.requesterCidr, cidrBlockSet: [{ cidrBlock: p.requesterCidr }] },
    accepterVpcInfo: { vpcId: p.accepterVpcId, ownerId, region: p.accepterRegion, cidrBlock: p.accepterCidr, cidrBlockSet: p.accepterCidr ? [{ cidrBlock: p.accepterCidr }] : [] },
  };
}

/** Applies a change to the copy in each region that holds the peering. */
function forEachCopy(ctx: ActionContext, p: Peering, fn: (copy: Peering) => void): void {
  const regions = new Set([p.requesterRegion, p.accepterRegion]);
  for (const r of regions) {
    const copy = ec2StateOf(ctx.core, r).peerings[p.vpcPeeringConnectionId];
    if (copy) fn(copy);
  }
}

function create(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const vpc = must(state.vpcs, ctx.params.req('VpcId'), 'InvalidVpcID.NotFound', 'vpc ID');
  const peerRegion = ctx.params.str('PeerRegion') ?? ctx.region;
  if (!ctx.core.regions.includes(peerRegion)) throw new AwsError('InvalidParameterValue', `PeerRegion '${peerRegion}' is not a Sandbox region`, 400);
  const peerOwner = ctx.params.str('PeerOwnerId');
  if (peerOwner && peerOwner !== ctx.accountId) throw new AwsError('InvalidParameterValue', `PeerOwnerId ${peerOwner}: the Sandbox has one account (${ctx.accountId})`, 400);
  const peerState = ec2StateOf(ctx.core, peerRegion);
  const peerVpc = must(peerState.vpcs, ctx.params.req('PeerVpcId'), 'InvalidVpcID.NotFound', 'vpc ID');
  if (peerVpc.vpcId === vpc.vpcId) throw new AwsError('InvalidParameterValue', 'A VPC cannot peer with itself', 400);
  const overlap = cidrOverlaps(parseCidr(vpc.cidrBlock)!, parseCidr(peerVpc.cidrBlock)!);
  const p: Peering = {
    vpcPeeringConnectionId: newId('pcx'), requesterVpcId: vpc.vpcId, requesterRegion: ctx.region, requesterCidr: vpc.cidrBlock,
    accepterVpcId: peerVpc.vpcId, accepterRegion: peerRegion, accepterCidr: peerVpc.cidrBlock,
    state: overlap ? 'failed' : 'pending-acceptance', tags: tagsOnCreate(ctx.params, 'vpc-peering-connection'),
  };
  state.peerings[p.vpcPeeringConnectionId] = p;
  if (peerRegion !== ctx.region) peerState.peerings[p.vpcPeeringConnectionId] = JSON.parse(JSON.stringify(p)) as Peering;
  return { vpcPeeringConnection: render(p, ctx.accountId) };
}

function mustPeering(ctx: ActionContext): Peering {
  const p = must(ec2State(ctx).peerings, ctx.params.req('VpcPeeringConnectionId'), 'InvalidVpcPeeringConnectionID.NotFound', 'vpcPeeringConnection ID');
  settle(p, ctx.core.clock.now());
  return p;
}

function accept(ctx: ActionContext): unknown {
  const p = mustPeering(ctx);
  if (p.state !== 'pending-acceptance') throw new AwsError('InvalidStateTransition', `Peering ${p.vpcPeeringConnectionId} is ${p.state}, not pending-acceptance`, 400);
  if (p.accepterRegion !== ctx.region) throw new AwsError('OperationNotPermitted', `Accept ${p.vpcPeeringConnectionId} in the accepter region ${p.accepterRegion}`, 400);
  const at = ctx.core.clock.after(PROVISION_MS);
  forEachCopy(ctx, p, (c) => schedule(c, 'provisioning', { state: 'active', at }));
  return { vpcPeeringConnection: render(p, ctx.accountId) };
}

function reject(ctx: ActionContext): unknown {
  const p = mustPeering(ctx);
  if (p.state !== 'pending-acceptance') throw new AwsError('InvalidStateTransition', `Peering ${p.vpcPeeringConnectionId} is ${p.state}, not pending-acceptance`, 400);
  forEachCopy(ctx, p, (c) => schedule(c, 'rejected'));
  return { return: true };
}

function remove(ctx: ActionContext): unknown {
  const p = mustPeering(ctx);
  if (p.state === 'deleted') throw new AwsError('InvalidStateTransition', `Peering ${p.vpcPeeringConnectionId} is already deleted`, 400);
  forEachCopy(ctx, p, (c) => schedule(c, 'deleted'));
  return { return: true };
}

function describePeerings(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).peerings, {
    idsKey: 'VpcPeeringConnectionId', notFound: 'InvalidVpcPeeringConnectionID.NotFound', what: 'vpcPeeringConnection ID',
    fields: (p, name) => {
      switch (name) {
        case 'vpc-peering-connection-id': return p.vpcPeeringConnectionId;
        case 'status-code': return p.state;
        case 'requester-vpc-info.vpc-id': return p.requesterVpcId;
        case 'accepter-vpc-info.vpc-id': return p.accepterVpcId;
        case 'requester-vpc-info.cidr-block': return p.requesterCidr;
        case 'accepter-vpc-info.cidr-block': return p.accepterCidr;
        default: return undefined;
      }
    },
  });
  return { vpcPeeringConnectionSet: page.items.map((p) => render(p, ctx.accountId)), nextToken: page.nextToken };
}

/** Peering actions. */
export const peeringActions = {
  CreateVpcPeeringConnection: create, AcceptVpcPeeringConnection: accept, RejectVpcPeeringConnection: reject,
  DeleteVpcPeeringConnection: remove, DescribeVpcPeeringConnections: describePeerings,
};
