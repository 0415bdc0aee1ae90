/** Security groups: create/delete/describe; the default group every VPC gets. Rules live in sg-rules.ts. */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { renderPermissions } from './sg-rules';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { SecurityGroup, Vpc } from './types';

/** Creates the `default` group of a new VPC (self-referencing ingress, open egress); returns its id. */
export function createDefaultSecurityGroup(state: Ec2Region, vpc: Vpc): string {
  const groupId = newId('sg');
  state.securityGroups[groupId] = {
    groupId, groupName: 'default', description: 'default VPC security group', vpcId: vpc.vpcId,
    rules: [
      { ruleId: newId('sgr'), egress: false, ipProtocol: '-1', referencedGroupId: groupId },
      { ruleId: newId('sgr'), egress: true, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' },
    ],
  };
  return groupId;
}

/** A group by id or InvalidGroup.NotFound. */
export function mustGroup(state: Ec2Region, groupId: string): SecurityGroup {
  return must(state.securityGroups, groupId, 'InvalidGroup.NotFound', 'security group');
}

/** The wire form of a group. */
export function renderGroup(g: SecurityGroup, ownerId: string, region: string): unknown {
  return {
    groupId: g.groupId, groupName: g.groupName, groupDescription: g.description, vpcId: g.vpcId, ownerId,
    securityGroupArn: `arn:aws:ec2:${region}:${ownerId}:security-group/${g.groupId}`,
    ipPermissions: renderPermissions(g.rules.filter((r) => !r.egress), ownerId),
    ipPermissionsEgress: renderPermissions(g.rules.filter((r) => r.egress), ownerId),
    tagSet: tagSet(g.tags),
  };
}

function createSecurityGroup(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = ec2State(ctx);
  const groupName = p.req('GroupName');
  const description = p.req('GroupDescription');
  const vpcId = p.req('VpcId');
  must(state.vpcs, vpcId, 'InvalidVpcID.NotFound', 'vpc ID');
  if (groupName === 'default') throw new AwsError('InvalidGroup.Reserved', "The security group 'default' is reserved", 400);
  if (Object.values(state.securityGroups).some((g) => g.vpcId === vpcId && g.groupName === groupName)) {
    throw new AwsError('InvalidGroup.Duplicate', `The security group '${groupName}' already exists for VPC '${vpcId}'`, 400);
  }
  const groupId = newId('sg');
  const tags = tagsOnCreate(p, 'security-group');
  state.securityGroups[groupId] = {
    groupId, groupName, description, vpcId, tags,
    rules: [{ ruleId: newId('sgr'), egress: true, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' }],
  };
  return { groupId, tagSet: tagSet(tags), securityGroupArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:security-group/${groupId}` };
}

function deleteSecurityGroup(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const g = mustGroup(state, ctx.params.req('GroupId'));
  if (g.groupName === 'default') throw new AwsError('CannotDelete', `the specified group: "${g.groupId}" name: "default" cannot be deleted by a user`, 400);
  const inUse = Object.values(state.instances).some((i) => i.state !== 'terminated' && i.securityGroupIds.includes(g.groupId));
  const referenced = Object.values(state.securityGroups).some((o) => o.groupId !== g.groupId && o.rules.some((r) => r.referencedGroupId === g.groupId));
  if (inUse || referenced) throw new AwsError('DependencyViolation', `resource ${g.groupId} has a dependent object`, 400);
  delete state.securityGroups[g.groupId];
  return { return: true, groupId: g.groupId };
}

function describeSecurityGroups(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const names = ctx.params.list('GroupName');
  const table = names.length
    ? Object.fromEntries(Object.values(state.securityGroups).filter((g) => names.includes(g.groupName)).map((g) => [g.groupId, g]))
    : state.securityGroups;
  const page = describe(ctx, table, {
    idsKey: 'GroupId', notFound: 'InvalidGroup.NotFound', what: 'security group',
    fields: (g, name) => {
      switch (name) {
        case 'group-id': return g.groupId;
        case 'group-name': return g.groupName;
        case 'vpc-id': return g.vpcId;
        case 'description': return g.description;
        case 'owner-id': return ctx.accountId;
        default: return undefined;
      }
    },
  });
  return { securityGroupInfo: page.items.map((g) => renderGroup(g, ctx.accountId, ctx.region)), nextToken: page.nextToken };
}

/** Security group actions (rules: see sg-rules.ts). */
export const securityGroupActions = {
  CreateSecurityGroup: createSecurityGroup, DeleteSecurityGroup: deleteSecurityGroup, DescribeSecurityGroups: describeSecurityGroups,
};
