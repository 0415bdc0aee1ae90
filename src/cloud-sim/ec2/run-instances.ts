/** RunInstances: MinCount/MaxCount into a subnet (or from a launch template), ClientToken idempotency, AZ capacity. */
import { AwsError, badValue } from '../core/errors';
import { newId, newPublicIp } from '../core/ids';
import { idempotent } from '../core/idempotency';
import { parseCidr } from './cidr';
import type { ActionContext } from '../core/service';
import { bootMs, renderInstance } from './instances';
import { findTemplate, templateVersion } from './launch-templates';
import { checkSpread, mustPlacementGroup, roomInGroup } from './placement-groups';
import { allocatePrivateIp, mustSubnet } from './subnets';
import { ec2State, must, type Ec2Region } from './state';
import { tagsOnCreate } from './tags';
import type { Instance, LaunchTemplateData } from './types';

function fromTemplate(ctx: ActionContext, state: Ec2Region): { data: LaunchTemplateData; ref?: Instance['launchTemplate'] } {
  const spec = ctx.params.struct('LaunchTemplate');
  if (!spec) return { data: {} };
  const lt = findTemplate(state, spec.str('LaunchTemplateId'), spec.str('LaunchTemplateName'));
  const { version, data } = templateVersion(lt, spec.str('Version'));
  return { data, ref: { id: lt.launchTemplateId, name: lt.launchTemplateName, version } };
}

function freeIps(state: Ec2Region, subnetId: string, cidr: string): number {
  let used = 0;
  for (const i of Object.values(state.instances)) if (i.subnetId === subnetId && i.state !== 'terminated') used++;
  return parseCidr(cidr)!.size - 5 - used;
}

function launch(ctx: ActionContext): { reservationId: string; instances: Instance[] } {
  const p = ctx.params;
  const state = ec2State(ctx);
  const min = p.int('MinCount', 1, 10_000);
  const max = p.int('MaxCount', 1, 10_000);
  if (min === undefined) throw new AwsError('MissingParameter', 'The request must contain the parameter MinCount', 400);
  if (max === undefined) throw new AwsError('MissingParameter', 'The request must contain the parameter MaxCount', 400);
  if (min > max) throw badValue('MinCount', min, `at most MaxCount (${max})`);
  const { data, ref } = fromTemplate(ctx, state);
  const imageId = p.str('ImageId') ?? data.imageId;
  if (!imageId) throw new AwsError('MissingParameter', 'The request must contain the parameter ImageId (or a launch template that sets it)', 400);
  if (!/^ami-[0-9a-f]{8,17}$/.test(imageId)) throw new AwsError('InvalidAMIID.Malformed', `Invalid id: "${imageId}" (expecting "ami-...")`, 400);
  const subnetId = p.str('SubnetId');
  if (!subnetId) throw new AwsError('VPCIdNotSpecified', 'No default VPC for this user: specify SubnetId', 400);
  const subnet = mustSubnet(state, subnetId);
  const placement = p.struct('Placement');
  const az = placement?.str('AvailabilityZone');
  const groupName = placement?.str('GroupName');
  const group = groupName ? mustPlacementGroup(state, groupName) : undefined;
  if (az && az !== subnet.availabilityZone) throw new AwsError('InvalidParameterValue', `Placement.AvailabilityZone ${az} does not match subnet ${subnetId} (${subnet.availabilityZone})`, 400);
  if (ctx.core.world.isAzDown(ctx.region, subnet.availabilityZone)) {
    throw new AwsError('InsufficientInstanceCapacity', `We currently do not have sufficient capacity in the Availability Zone you requested (${subnet.availabilityZone}).`, 500);
  }
  const requestedSgs = p.list('SecurityGroupId');
  const sgIds = requestedSgs.length ? requestedSgs : data.securityGroupIds ?? [state.vpcs[subnet.vpcId]!.defaultSecurityGroupId];
  for (const id of sgIds) {
    const sg = must(state.securityGroups, id, 'InvalidGroup.NotFound', 'security group');
    if (sg.vpcId !== subnet.vpcId) throw new AwsError('InvalidParameter', `Security group ${id} and subnet ${subnetId} belong to different networks.`, 400);
  }
  const free = freeIps(state, subnetId, subnet.cidrBlock);
  if (free < min) throw new AwsError('InsufficientFreeAddressesInSubnet', `There are not enough free addresses in subnet '${subnetId}' to satisfy the requested number of instances.`, 400);
  const count = Math.min(max, free);
  if (group) checkSpread(state, group, subnet.availabilityZone, min);
  const launchCount = group ? Math.min(count, roomInGroup(state, group, subnet.availabilityZone)) : count;
  const reservationId = newId('r');
  const now = ctx.core.clock.now();
  const tags = tagsOnCreate(p, 'instance');
  const created: Instance[] = [];
  for (let n = 0; n < launchCount; n++) {
    const instanceId = newId('i');
    const inst: Instance = {
      instanceId, reservationId, imageId, instanceType: p.str('InstanceType') ?? data.instanceType ?? 'm1.small',
      subnetId, vpcId: subnet.vpcId, availabilityZone: subnet.availabilityZone, privateIpAddress: allocatePrivateIp(subnet),
      publicIpAddress: subnet.mapPublicIpOnLaunch ? newPublicIp() : undefined, securityGroupIds: [...sgIds],
      launchTime: new Date(now).toISOString(), amiLaunchIndex: n, keyName: p.str('KeyName') ?? data.keyName, launchTemplate: ref,
      placementGroup: group?.groupName,
      state: 'pending', next: [{ state: 'running', at: now + Math.round(bootMs(instanceId) * ctx.core.clock.scale) }],
      tags: Object.keys(tags).length ? { ...tags } : undefined,
    };
    if (!inst.publicIpAddress) delete inst.publicIpAddress;
    if (!inst.placementGroup) delete inst.placementGroup;
    state.instances[instanceId] = inst;
    created.push(inst);
  }
  return { reservationId, instances: created };
}

/** RunInstances (idempotent by ClientToken). */
export function runInstances(ctx: ActionContext): Promise<unknown> {
  const state = ec2State(ctx);
  return idempotent(state._tokens, ctx.action, ctx.params, () => launch(ctx), 'ClientToken', {
    save: (r) => r.instances.map((i) => i.instanceId),
    load: (saved) => {
      const instances = (saved as string[]).flatMap((id) => (state.instances[id] ? [state.instances[id]] : []));
      return { reservationId: instances[0]?.reservationId ?? newId('r'), instances };
    },
  }).then((r) => ({
    reservationId: r.reservationId, ownerId: ctx.accountId, groupSet: [],
    instancesSet: r.instances.map((i) => renderInstance(i, state, ctx.accountId)),
  }));
}
