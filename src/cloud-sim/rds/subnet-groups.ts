/** DB subnet groups: create (≥ 2 AZs, one VPC), describe with paging, delete (refused while in use). */
import { AwsError } from '../core/errors';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { xmlList } from '../core/xml';
import { ec2StateOf } from '../ec2/state';
import { badParam, mustSubnetGroup, rdsList, rdsState, readRdsTags, type SubnetGroup } from './state';

/** The wire form of a subnet group. */
export function renderSubnetGroup(g: SubnetGroup): unknown {
  return {
    DBSubnetGroupName: g.name, DBSubnetGroupDescription: g.description, VpcId: g.vpcId, SubnetGroupStatus: 'Complete',
    Subnets: xmlList('Subnet', g.subnets.map((s) => ({ SubnetIdentifier: s.id, SubnetAvailabilityZone: { Name: s.az }, SubnetStatus: 'Active' }))),
    DBSubnetGroupArn: g.arn, SupportedNetworkTypes: ['IPV4'],
  };
}

/** Resolves SubnetIds: existing subnets, one VPC, at least two AZs. */
function readSubnets(ctx: ActionContext): { id: string; az: string; vpcId: string }[] {
  const ids = rdsList(ctx.params, 'SubnetIds', 'SubnetIdentifier');
  if (ids.length === 0) throw badParam('SubnetIds must contain at least one subnet');
  const ec2 = ec2StateOf(ctx.core, ctx.region);
  const subnets = ids.map((id) => {
    const s = ec2.subnets[id];
    if (!s) throw new AwsError('InvalidSubnet', `The subnet '${id}' does not exist`, 400);
    return { id, az: s.availabilityZone, vpcId: s.vpcId };
  });
  if (new Set(subnets.map((s) => s.vpcId)).size > 1) throw new AwsError('InvalidSubnet', 'Subnets of a DB subnet group must all be in one VPC', 400);
  if (new Set(subnets.map((s) => s.az)).size < 2) {
    throw new AwsError('DBSubnetGroupDoesNotCoverEnoughAZs', 'The DB subnet group doesn\'t meet Availability Zone (AZ) coverage requirement. Current AZ coverage: ' + [...new Set(subnets.map((s) => s.az))].join(', ') + '. Add subnets to cover at least 2 AZs.', 400);
  }
  return subnets;
}

function create(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = rdsState(ctx);
  const name = p.req('DBSubnetGroupName').toLowerCase();
  if (!/^[a-z0-9 ._-]{1,255}$/.test(name) || name === 'default') throw badParam(`DBSubnetGroupName '${name}': up to 255 letters, digits, spaces, periods, underscores or hyphens, not 'default'`);
  if (state.subnetGroups[name]) throw new AwsError('DBSubnetGroupAlreadyExists', `The DB subnet group '${name}' already exists.`, 400);
  const subnets = readSubnets(ctx);
  const g: SubnetGroup = {
    name, description: p.req('DBSubnetGroupDescription'), vpcId: subnets[0]!.vpcId, subnets: subnets.map(({ id, az }) => ({ id, az })),
    arn: `arn:aws:rds:${ctx.region}:${ctx.accountId}:subgrp:${name}`, tags: readRdsTags(p),
  };
  state.subnetGroups[name] = g;
  return { DBSubnetGroup: renderSubnetGroup(g) };
}

function modify(ctx: ActionContext): unknown {
  const state = rdsState(ctx);
  const g = mustSubnetGroup(state, ctx.params.req('DBSubnetGroupName'));
  const subnets = readSubnets(ctx);
  if (subnets[0]!.vpcId !== g.vpcId) throw new AwsError('InvalidSubnet', `Subnets must stay in the group's VPC ${g.vpcId}`, 400);
  const inUse = Object.values(state.instances).find((d) => d.subnetGroup === g.name && ![d.az, d.secondaryAz].every((az) => !az || subnets.some((s) => s.az === az)));
  if (inUse) throw new AwsError('SubnetAlreadyInUse', `DB instance ${inUse.id} uses an Availability Zone the new subnets no longer cover`, 400);
  g.subnets = subnets.map(({ id, az }) => ({ id, az }));
  g.description = ctx.params.str('DBSubnetGroupDescription') ?? g.description;
  return { DBSubnetGroup: renderSubnetGroup(g) };
}

function describe(ctx: ActionContext): unknown {
  const state = rdsState(ctx);
  const name = ctx.params.str('DBSubnetGroupName');
  const items = name ? [mustSubnetGroup(state, name)] : Object.values(state.subnetGroups);
  const page = paginate(items, ctx.params.int('MaxRecords', 20, 100) ?? 100, ctx.params.str('Marker'));
  return { DBSubnetGroups: xmlList('DBSubnetGroup', page.items.map(renderSubnetGroup)), Marker: page.nextToken };
}

function remove(ctx: ActionContext): unknown {
  const state = rdsState(ctx);
  const g = mustSubnetGroup(state, ctx.params.req('DBSubnetGroupName'));
  const user = Object.values(state.instances).find((d) => d.subnetGroup === g.name);
  if (user) throw new AwsError('InvalidDBSubnetGroupStateFault', `Cannot delete the subnet group '${g.name}' because at least one database instance: ${user.id} is still using it.`, 400);
  delete state.subnetGroups[g.name];
  return undefined;
}

/** Subnet group actions. */
export const subnetGroupActions = { CreateDBSubnetGroup: create, ModifyDBSubnetGroup: modify, DescribeDBSubnetGroups: describe, DeleteDBSubnetGroup: remove };
