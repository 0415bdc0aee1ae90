/** Elastic IPs: allocate, release (refused while associated), describe, associate/disassociate with instances. */
import { AwsError } from '../core/errors';
import { newId, newPublicIp } from '../core/ids';
import { applyFilters, readFilters } from '../core/filters';
import type { ActionContext } from '../core/service';
import { ec2State, must, selectIds, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { Address } from './types';

function render(a: Address): unknown {
  return {
    allocationId: a.allocationId, publicIp: a.publicIp, domain: 'vpc', associationId: a.associationId,
    instanceId: a.instanceId, networkInterfaceId: a.networkInterfaceId, tagSet: tagSet(a.tags), publicIpv4Pool: 'amazon',
  };
}

/** An EIP by allocation id or InvalidAllocationID.NotFound. */
export function mustAddress(state: Ec2Region, id: string): Address {
  return must(state.addresses, id, 'InvalidAllocationID.NotFound', 'allocation ID');
}

function allocate(ctx: ActionContext): unknown {
  const domain = ctx.params.str('Domain') ?? 'vpc';
  if (domain !== 'vpc') throw new AwsError('InvalidParameterValue', `Domain '${domain}' is not supported: only vpc`, 400);
  const a: Address = { allocationId: newId('eipalloc'), publicIp: newPublicIp(), tags: tagsOnCreate(ctx.params, 'elastic-ip') };
  ec2State(ctx).addresses[a.allocationId] = a;
  return { allocationId: a.allocationId, publicIp: a.publicIp, domain: 'vpc', publicIpv4Pool: 'amazon', networkBorderGroup: ctx.region };
}

function release(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const a = mustAddress(state, ctx.params.req('AllocationId'));
  if (a.associationId || a.natGatewayId) throw new AwsError('InvalidIPAddress.InUse', `Address ${a.publicIp} is in use (${a.instanceId ?? a.natGatewayId})`, 400);
  delete state.addresses[a.allocationId];
  return { return: true };
}

function associate(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const a = mustAddress(state, ctx.params.req('AllocationId'));
  const inst = must(state.instances, ctx.params.req('InstanceId'), 'InvalidInstanceID.NotFound', 'instance ID');
  if (a.natGatewayId) throw new AwsError('InvalidIPAddress.InUse', `Address ${a.publicIp} is used by ${a.natGatewayId}`, 400);
  if (a.associationId && ctx.params.bool('AllowReassociation') !== true) throw new AwsError('Resource.AlreadyAssociated', `Address ${a.publicIp} is already associated`, 400);
  a.associationId = newId('eipassoc');
  a.instanceId = inst.instanceId;
  inst.publicIpAddress = a.publicIp;
  return { associationId: a.associationId };
}

function disassociate(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const id = ctx.params.req('AssociationId');
  const a = Object.values(state.addresses).find((x) => x.associationId === id);
  if (!a) throw new AwsError('InvalidAssociationID.NotFound', `The association ID '${id}' does not exist`, 400);
  const inst = a.instanceId ? state.instances[a.instanceId] : undefined;
  if (inst) delete inst.publicIpAddress;
  delete a.associationId;
  delete a.instanceId;
  return { return: true };
}

function describeAddresses(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const ips = ctx.params.list('PublicIp');
  let items = selectIds(state.addresses, ctx.params.list('AllocationId'), 'InvalidAllocationID.NotFound', 'allocation ID');
  if (ips.length) {
    items = ips.map((ip) => {
      const a = items.find((x) => x.publicIp === ip);
      if (!a) throw new AwsError('InvalidAddress.NotFound', `Address '${ip}' not found.`, 400);
      return a;
    });
  }
  const filtered = applyFilters(items, readFilters(ctx.params), (a, name) => {
    switch (name) {
      case 'allocation-id': return a.allocationId;
      case 'public-ip': return a.publicIp;
      case 'instance-id': return a.instanceId;
      case 'association-id': return a.associationId;
      case 'domain': return 'vpc';
      default: return undefined;
    }
  });
  return { addressesSet: filtered.map(render) };
}

/** Elastic IP actions. */
export const addressActions = {
  AllocateAddress: allocate, ReleaseAddress: release, DescribeAddresses: describeAddresses,
  AssociateAddress: associate, DisassociateAddress: disassociate,
};
