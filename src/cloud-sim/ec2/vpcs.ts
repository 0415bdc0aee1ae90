/** VPCs: create (with main route table and default security group), delete with dependency checks, describe, attributes. */
import { AwsError, badValue } from '../core/errors';
import { newId } from '../core/ids';
import { settle } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { parseCidr } from './cidr';
import { describe } from './describe';
import { createMainRouteTable } from './route-tables';
import { createDefaultSecurityGroup } from './security-groups';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { Vpc } from './types';

const PENDING_MS = 1000;

/** The wire form of a VPC. */
export function renderVpc(v: Vpc, ownerId: string): unknown {
  return {
    vpcId: v.vpcId, ownerId, instanceTenancy: 'default',
    cidrBlockAssociationSet: [{ associationId: v.cidrAssociationId, cidrBlock: v.cidrBlock, cidrBlockState: { state: 'associated' } }],
    isDefault: false, tagSet: tagSet(v.tags), state: v.state, cidrBlock: v.cidrBlock, dhcpOptionsId: v.dhcpOptionsId,
  };
}

/** A VPC of the request's region or InvalidVpcID.NotFound. */
export function mustVpc(state: Ec2Region, vpcId: string): Vpc {
  return must(state.vpcs, vpcId, 'InvalidVpcID.NotFound', 'vpc ID');
}

function createVpc(ctx: ActionContext): unknown {
  const cidrText = ctx.params.req('CidrBlock');
  const cidr = parseCidr(cidrText);
  if (!cidr) throw badValue('CidrBlock', cidrText, 'an IPv4 CIDR block like 10.0.0.0/16 with no host bits set');
  if (cidr.prefix < 16 || cidr.prefix > 28) throw new AwsError('InvalidVpc.Range', `The CIDR '${cidrText}' is invalid: the prefix must be between /16 and /28`, 400);
  const state = ec2State(ctx);
  const vpcId = newId('vpc');
  const now = ctx.core.clock.now();
  const vpc: Vpc = {
    vpcId, cidrBlock: cidrText, cidrAssociationId: newId('vpc-cidr-assoc'), dhcpOptionsId: 'dopt-0sandbox0default0',
    state: 'pending', next: [{ state: 'available', at: ctx.core.clock.after(PENDING_MS) }],
    enableDnsSupport: true, enableDnsHostnames: false, mainRouteTableId: '', defaultSecurityGroupId: '',
    tags: tagsOnCreate(ctx.params, 'vpc'),
  };
  settle(vpc, now);
  state.vpcs[vpcId] = vpc;
  vpc.mainRouteTableId = createMainRouteTable(state, vpc);
  vpc.defaultSecurityGroupId = createDefaultSecurityGroup(state, vpc);
  return { vpc: renderVpc(vpc, ctx.accountId) };
}

function dependencies(state: Ec2Region, vpc: Vpc): string[] {
  const id = vpc.vpcId;
  const deps: string[] = [];
  for (const s of Object.values(state.subnets)) if (s.vpcId === id) deps.push(s.subnetId);
  for (const g of Object.values(state.internetGateways)) if (g.vpcId === id) deps.push(g.internetGatewayId);
  for (const g of Object.values(state.vpnGateways)) if (g.vpcId === id) deps.push(g.vpnGatewayId);
  for (const sg of Object.values(state.securityGroups)) if (sg.vpcId === id && sg.groupId !== vpc.defaultSecurityGroupId) deps.push(sg.groupId);
  for (const rt of Object.values(state.routeTables)) if (rt.vpcId === id && rt.routeTableId !== vpc.mainRouteTableId) deps.push(rt.routeTableId);
  for (const a of Object.values(state.tgwAttachments)) if (a.vpcId === id && a.state !== 'deleted') deps.push(a.transitGatewayAttachmentId);
  return deps;
}

function deleteVpc(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const vpc = mustVpc(state, ctx.params.req('VpcId'));
  const deps = dependencies(state, vpc);
  if (deps.length > 0) {
    throw new AwsError('DependencyViolation', `The vpc '${vpc.vpcId}' has dependencies and cannot be deleted (${deps.slice(0, 5).join(', ')}${deps.length > 5 ? ', …' : ''}).`, 400);
  }
  delete state.routeTables[vpc.mainRouteTableId];
  delete state.securityGroups[vpc.defaultSecurityGroupId];
  delete state.vpcs[vpc.vpcId];
  return { return: true };
}

function describeVpcs(ctx: ActionContext): unknown {
  const page = describe(ctx, ec2State(ctx).vpcs, {
    idsKey: 'VpcId', notFound: 'InvalidVpcID.NotFound', what: 'vpc ID',
    fields: (v, name) => {
      switch (name) {
        case 'vpc-id': return v.vpcId;
        case 'cidr': case 'cidr-block': case 'cidr-block-association.cidr-block': return v.cidrBlock;
        case 'state': return v.state;
        case 'is-default': return 'false';
        case 'owner-id': return ctx.accountId;
        case 'dhcp-options-id': return v.dhcpOptionsId;
        default: return undefined;
      }
    },
  });
  return { vpcSet: page.items.map((v) => renderVpc(v, ctx.accountId)), nextToken: page.nextToken };
}

const ATTRS = { enableDnsSupport: 'enableDnsSupport', enableDnsHostnames: 'enableDnsHostnames' } as const;

function describeVpcAttribute(ctx: ActionContext): unknown {
  const vpc = mustVpc(ec2State(ctx), ctx.params.req('VpcId'));
  const attr = ctx.params.req('Attribute');
  if (!(attr in ATTRS)) throw badValue('Attribute', attr, 'enableDnsSupport or enableDnsHostnames');
  return { vpcId: vpc.vpcId, [attr]: { value: vpc[attr as keyof typeof ATTRS] } };
}

function modifyVpcAttribute(ctx: ActionContext): unknown {
  const vpc = mustVpc(ec2State(ctx), ctx.params.req('VpcId'));
  const support = ctx.params.struct('EnableDnsSupport')?.bool('Value');
  const hostnames = ctx.params.struct('EnableDnsHostnames')?.bool('Value');
  if ((support === undefined) === (hostnames === undefined)) {
    throw new AwsError('InvalidParameterCombination', 'Specify exactly one of EnableDnsSupport.Value or EnableDnsHostnames.Value', 400);
  }
  if (support !== undefined) vpc.enableDnsSupport = support;
  if (hostnames !== undefined) {
    if (hostnames && !vpc.enableDnsSupport) throw new AwsError('InvalidParameterValue', 'enableDnsHostnames requires enableDnsSupport', 400);
    vpc.enableDnsHostnames = hostnames;
  }
  return { return: true };
}

/** VPC actions. */
export const vpcActions = {
  CreateVpc: createVpc, DeleteVpc: deleteVpc, DescribeVpcs: describeVpcs,
  DescribeVpcAttribute: describeVpcAttribute, ModifyVpcAttribute: modifyVpcAttribute,
};
