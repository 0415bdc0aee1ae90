/** Transit gateways and their VPC attachments: pending → available, deleting → deleted, on a clock. */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import { schedule, settle } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { mustSubnet } from './subnets';
import { ec2State, must } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { TgwAttachment, TransitGateway } from './types';

const CREATE_MS = 8000;
const ATTACH_MS = 5000;
const DELETE_MS = 4000;

function renderTgw(t: TransitGateway, ctx: ActionContext): unknown {
  return {
    transitGatewayId: t.transitGatewayId, transitGatewayArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:transit-gateway/${t.transitGatewayId}`,
    state: t.state, ownerId: ctx.accountId, description: t.description, creationTime: t.createTime, tagSet: tagSet(t.tags),
    options: { amazonSideAsn: 64512, autoAcceptSharedAttachments: 'disable', defaultRouteTableAssociation: 'enable', defaultRouteTablePropagation: 'enable', vpnEcmpSupport: 'enable', dnsSupport: 'enable' },
  };
}

function renderAttachment(a: TgwAttachment, ctx: ActionContext): unknown {
  return {
    transitGatewayAttachmentId: a.transitGatewayAttachmentId, transitGatewayId: a.transitGatewayId, vpcId: a.vpcId,
    vpcOwnerId: ctx.accountId, state: a.state, subnetIds: a.subnetIds, creationTime: a.createTime, tagSet: tagSet(a.tags),
    options: { dnsSupport: 'enable', ipv6Support: 'disable', applianceModeSupport: 'disable' },
  };
}

function createTgw(ctx: ActionContext): unknown {
  const t: TransitGateway = {
    transitGatewayId: newId('tgw'), description: ctx.params.str('Description'), createTime: new Date(ctx.core.clock.now()).toISOString(),
    state: 'pending', next: [{ state: 'available', at: ctx.core.clock.after(CREATE_MS) }], tags: tagsOnCreate(ctx.params, 'transit-gateway'),
  };
  ec2State(ctx).transitGateways[t.transitGatewayId] = t;
  return { transitGateway: renderTgw(t, ctx) };
}

function deleteTgw(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const t = must(state.transitGateways, ctx.params.req('TransitGatewayId'), 'InvalidTransitGatewayID.NotFound', 'transitGateway ID');
  const now = ctx.core.clock.now();
  settle(t, now);
  const live = Object.values(state.tgwAttachments).filter((a) => a.transitGatewayId === t.transitGatewayId && (settle(a, now), a.state !== 'deleted'));
  if (live.length) throw new AwsError('IncorrectState', `${t.transitGatewayId} has non-deleted VPC attachments: ${live.map((a) => a.transitGatewayAttachmentId).join(', ')}`, 400);
  if (t.state !== 'deleted' && t.state !== 'deleting') schedule(t, 'deleting', { state: 'deleted', at: ctx.core.clock.after(DELETE_MS) });
  return { transitGateway: renderTgw(t, ctx) };
}

function describeTgws(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).transitGateways, {
    idsKey: 'TransitGatewayIds', notFound: 'InvalidTransitGatewayID.NotFound', what: 'transitGateway ID',
    fields: (t, name) => (name === 'transit-gateway-id' ? t.transitGatewayId : name === 'state' ? t.state : name === 'owner-id' ? ctx.accountId : undefined),
  });
  return { transitGatewaySet: page.items.map((t) => renderTgw(t, ctx)), nextToken: page.nextToken };
}

function createAttachment(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const t = must(state.transitGateways, ctx.params.req('TransitGatewayId'), 'InvalidTransitGatewayID.NotFound', 'transitGateway ID');
  settle(t, ctx.core.clock.now());
  if (t.state !== 'available') throw new AwsError('IncorrectState', `Transit gateway ${t.transitGatewayId} is ${t.state}, not available`, 400);
  const vpc = must(state.vpcs, ctx.params.req('VpcId'), 'InvalidVpcID.NotFound', 'vpc ID');
  const subnetIds = ctx.params.list('SubnetIds');
  if (subnetIds.length === 0) throw new AwsError('MissingParameter', 'The request must contain the parameter SubnetIds', 400);
  const azs = new Set<string>();
  for (const id of subnetIds) {
    const s = mustSubnet(state, id);
    if (s.vpcId !== vpc.vpcId) throw new AwsError('InvalidParameterValue', `Subnet ${id} is not in ${vpc.vpcId}`, 400);
    if (azs.has(s.availabilityZone)) throw new AwsError('DuplicateSubnetsInSameZone', `More than one subnet in ${s.availabilityZone}`, 400);
    azs.add(s.availabilityZone);
  }
  const a: TgwAttachment = {
    transitGatewayAttachmentId: newId('tgw-attach'), transitGatewayId: t.transitGatewayId, vpcId: vpc.vpcId, subnetIds,
    createTime: new Date(ctx.core.clock.now()).toISOString(), state: 'pending',
    next: [{ state: 'available', at: ctx.core.clock.after(ATTACH_MS) }], tags: tagsOnCreate(ctx.params, 'transit-gateway-attachment'),
  };
  state.tgwAttachments[a.transitGatewayAttachmentId] = a;
  return { transitGatewayVpcAttachment: renderAttachment(a, ctx) };
}

function deleteAttachment(ctx: ActionContext): unknown {
  const a = must(ec2State(ctx).tgwAttachments, ctx.params.req('TransitGatewayAttachmentId'), 'InvalidTransitGatewayAttachmentID.NotFound', 'transitGatewayAttachment ID');
  settle(a, ctx.core.clock.now());
  if (a.state !== 'deleted' && a.state !== 'deleting') schedule(a, 'deleting', { state: 'deleted', at: ctx.core.clock.after(DELETE_MS) });
  return { transitGatewayVpcAttachment: renderAttachment(a, ctx) };
}

function describeAttachments(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).tgwAttachments, {
    idsKey: 'TransitGatewayAttachmentIds', notFound: 'InvalidTransitGatewayAttachmentID.NotFound', what: 'transitGatewayAttachment ID',
    fields: (a, name) => {
      switch (name) {
        case 'transit-gateway-attachment-id': return a.transitGatewayAttachmentId;
        case 'transit-gateway-id': return a.transitGatewayId;
        case 'vpc-id': return a.vpcId;
        case 'state': return a.state;
        default: return undefined;
      }
    },
  });
  return { transitGatewayVpcAttachments: page.items.map((a) => renderAttachment(a, ctx)), nextToken: page.nextToken };
}

/** Transit gateway actions. */
export const transitGatewayActions = {
  CreateTransitGateway: createTgw, DeleteTransitGateway: deleteTgw, DescribeTransitGateways: describeTgws,
  CreateTransitGatewayVpcAttachment: createAttachment, DeleteTransitGatewayVpcAttachment: deleteAttachment,
  DescribeTransitGatewayVpcAttachments: describeAttachments,
};
