/** Subnets: CIDR inside the VPC, no overlap, AZ of the region; delete refuses while in use. */
import { AwsError, badValue } from '../core/errors';
import { newId } from '../core/ids';
import { settle } from '../core/lifecycle';
import { azIdOf } from '../core/regions';
import type { ActionContext } from '../core/service';
import { cidrContains, cidrOverlaps, ipToString, parseCidr } from './cidr';
import { describe } from './describe';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { Subnet } from './types';

const PENDING_MS = 500;

/** Addresses in use in a subnet (instances, NAT gateways). */
function usedIps(state: Ec2Region, subnetId: string): number {
  let n = 0;
  for (const i of Object.values(state.instances)) if (i.subnetId === subnetId && i.state !== 'terminated') n++;
  for (const g of Object.values(state.natGateways)) if (g.subnetId === subnetId && g.state !== 'deleted') n++;
  return n;
}

/** The wire form of a subnet. */
export function renderSubnet(state: Ec2Region, s: Subnet, ownerId: string, region: string): unknown {
  const size = parseCidr(s.cidrBlock)!.size;
  return {
    subnetId: s.subnetId, subnetArn: `arn:aws:ec2:${region}:${ownerId}:subnet/${s.subnetId}`, state: s.state, vpcId: s.vpcId,
    cidrBlock: s.cidrBlock, availableIpAddressCount: size - 5 - usedIps(state, s.subnetId),
    availabilityZone: s.availabilityZone, availabilityZoneId: azIdOf(s.availabilityZone), defaultForAz: false,
    mapPublicIpOnLaunch: s.mapPublicIpOnLaunch, ownerId, assignIpv6AddressOnCreation: false, tagSet: tagSet(s.tags),
  };
}

/** Hands out the next private IP of a subnet (AWS reserves the first four and the last). */
export function allocatePrivateIp(s: Subnet): string {
  const cidr = parseCidr(s.cidrBlock)!;
  const offset = 4 + (s.nextIp % (cidr.size - 5));
  s.nextIp += 1;
  return ipToString(cidr.base + offset);
}

/** A subnet or InvalidSubnetID.NotFound. */
export function mustSubnet(state: Ec2Region, id: string): Subnet {
  return must(state.subnets, id, 'InvalidSubnetID.NotFound', 'subnet ID');
}

function pickAz(ctx: ActionContext): string {
  const azs = ctx.core.azs(ctx.region);
  const az = ctx.params.str('AvailabilityZone');
  const azId = ctx.params.str('AvailabilityZoneId');
  if (az !== undefined) {
    if (!azs.includes(az)) throw new AwsError('InvalidParameterValue', `Value (${az}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${azs.join(', ')}.`, 400);
    return az;
  }
  if (azId !== undefined) {
    const found = azs.find((a) => azIdOf(a) === azId);
    if (!found) throw badValue('AvailabilityZoneId', azId, `one of ${azs.map(azIdOf).join(', ')}`);
    return found;
  }
  return azs[0]!;
}

function createSubnet(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const vpc = must(state.vpcs, ctx.params.req('VpcId'), 'InvalidVpcID.NotFound', 'vpc ID');
  const text = ctx.params.req('CidrBlock');
  const cidr = parseCidr(text);
  if (!cidr) throw badValue('CidrBlock', text, 'an IPv4 CIDR block with no host bits set');
  if (cidr.prefix < 16 || cidr.prefix > 28 || !cidrContains(parseCidr(vpc.cidrBlock)!, cidr)) {
    throw new AwsError('InvalidSubnet.Range', `The CIDR '${text}' is invalid: it must lie inside the VPC ${vpc.vpcId} (${vpc.cidrBlock}) with a prefix from /16 to /28.`, 400);
  }
  const clash = Object.values(state.subnets).find((s) => s.vpcId === vpc.vpcId && cidrOverlaps(parseCidr(s.cidrBlock)!, cidr));
  if (clash) throw new AwsError('InvalidSubnet.Conflict', `The CIDR '${text}' conflicts with another subnet (${clash.subnetId}, ${clash.cidrBlock})`, 400);
  const subnetId = newId('subnet');
  const subnet: Subnet = {
    subnetId, vpcId: vpc.vpcId, cidrBlock: text, availabilityZone: pickAz(ctx), mapPublicIpOnLaunch: false, nextIp: 0,
    state: 'pending', next: [{ state: 'available', at: ctx.core.clock.after(PENDING_MS) }], tags: tagsOnCreate(ctx.params, 'subnet'),
  };
  settle(subnet, ctx.core.clock.now());
  state.subnets[subnetId] = subnet;
  return { subnet: renderSubnet(state, subnet, ctx.accountId, ctx.region) };
}

function deleteSubnet(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const s = mustSubnet(state, ctx.params.req('SubnetId'));
  if (usedIps(state, s.subnetId) > 0 || Object.values(state.tgwAttachments).some((a) => a.state !== 'deleted' && a.subnetIds.includes(s.subnetId))) {
    throw new AwsError('DependencyViolation', `The subnet '${s.subnetId}' has dependencies and cannot be deleted.`, 400);
  }
  for (const rt of Object.values(state.routeTables)) rt.associations = rt.associations.filter((a) => a.subnetId !== s.subnetId);
  delete state.subnets[s.subnetId];
  return { return: true };
}

function describeSubnets(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const page = describe(ctx, state.subnets, {
    idsKey: 'SubnetId', notFound: 'InvalidSubnetID.NotFound', what: 'subnet ID',
    fields: (s, name) => {
      switch (name) {
        case 'subnet-id': return s.subnetId;
        case 'vpc-id': return s.vpcId;
        case 'cidr': case 'cidr-block': case 'cidrBlock': return s.cidrBlock;
        case 'availability-zone': case 'availabilityZone': return s.availabilityZone;
        case 'availability-zone-id': return azIdOf(s.availabilityZone);
        case 'state': return s.state;
        case 'map-public-ip-on-launch': return String(s.mapPublicIpOnLaunch);
        case 'default-for-az': return 'false';
        default: return undefined;
      }
    },
  });
  return { subnetSet: page.items.map((s) => renderSubnet(state, s, ctx.accountId, ctx.region)), nextToken: page.nextToken };
}

function modifySubnetAttribute(ctx: ActionContext): unknown {
  const s = mustSubnet(ec2State(ctx), ctx.params.req('SubnetId'));
  const v = ctx.params.struct('MapPublicIpOnLaunch')?.bool('Value');
  if (v !== undefined) s.mapPublicIpOnLaunch = v;
  return { return: true };
}

/** Subnet actions. */
export const subnetActions = {
  CreateSubnet: createSubnet, DeleteSubnet: deleteSubnet, DescribeSubnets: describeSubnets, ModifySubnetAttribute: modifySubnetAttribute,
};
