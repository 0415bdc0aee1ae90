/** Internet gateways: create, attach to one VPC, detach, delete (only when detached). */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { InternetGateway } from './types';

function render(g: InternetGateway, ownerId: string): unknown {
  return {
    internetGatewayId: g.internetGatewayId, ownerId, tagSet: tagSet(g.tags),
    attachmentSet: g.vpcId ? [{ vpcId: g.vpcId, state: 'available' }] : [],
  };
}

function mustIgw(state: Ec2Region, id: string): InternetGateway {
  return must(state.internetGateways, id, 'InvalidInternetGatewayID.NotFound', 'internetGateway ID');
}

function create(ctx: ActionContext): unknown {
  const id = newId('igw');
  const g: InternetGateway = { internetGatewayId: id, tags: tagsOnCreate(ctx.params, 'internet-gateway') };
  ec2State(ctx).internetGateways[id] = g;
  return { internetGateway: render(g, ctx.accountId) };
}

function attach(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const g = mustIgw(state, ctx.params.req('InternetGatewayId'));
  const vpc = must(state.vpcs, ctx.params.req('VpcId'), 'InvalidVpcID.NotFound', 'vpc ID');
  if (g.vpcId) throw new AwsError('Resource.AlreadyAssociated', `resource ${g.internetGatewayId} is already attached to network ${g.vpcId}`, 400);
  const other = Object.values(state.internetGateways).find((o) => o.vpcId === vpc.vpcId);
  if (other) throw new AwsError('InvalidParameterValue', `Network ${vpc.vpcId} already has an internet gateway attached (${other.internetGatewayId})`, 400);
  g.vpcId = vpc.vpcId;
  return { return: true };
}

function detach(ctx: ActionContext): unknown {
  const g = mustIgw(ec2State(ctx), ctx.params.req('InternetGatewayId'));
  const vpcId = ctx.params.req('VpcId');
  if (g.vpcId !== vpcId) throw new AwsError('Gateway.NotAttached', `resource ${g.internetGatewayId} is not attached to network ${vpcId}`, 400);
  delete g.vpcId;
  return { return: true };
}

function remove(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const g = mustIgw(state, ctx.params.req('InternetGatewayId'));
  if (g.vpcId) throw new AwsError('DependencyViolation', `The internetGateway '${g.internetGatewayId}' has dependencies and cannot be deleted.`, 400);
  delete state.internetGateways[g.internetGatewayId];
  return { return: true };
}

function describeIgws(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).internetGateways, {
    idsKey: 'InternetGatewayId', notFound: 'InvalidInternetGatewayID.NotFound', what: 'internetGateway ID',
    fields: (g, name) => {
      if (name === 'internet-gateway-id') return g.internetGatewayId;
      if (name === 'attachment.vpc-id') return g.vpcId ? [g.vpcId] : [];
      if (name === 'attachment.state') return g.vpcId ? ['available'] : [];
      if (name === 'owner-id') return ctx.accountId;
      return undefined;
    },
  });
  return { internetGatewaySet: page.items.map((g) => render(g, ctx.accountId)), nextToken: page.nextToken };
}

/** Internet gateway actions. */
export const internetGatewayActions = {
  CreateInternetGateway: create, AttachInternetGateway: attach, DetachInternetGateway: detach,
  DeleteInternetGateway: remove, DescribeInternetGateways: describeIgws,
};
