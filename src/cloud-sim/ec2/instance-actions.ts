/** Stop/Start/Terminate, DescribeInstances (reservations) and DescribeInstanceStatus (status checks). */
import { AwsError } from '../core/errors';
import { settle } from '../core/lifecycle';
import { azIdOf } from '../core/regions';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { instanceHealth, mustInstance, renderReservations, startInstance, stateOf, stopInstance, terminateInstance } from './instances';
import { ec2State } from './state';
import type { Instance } from './types';

/** Checks every instance first, then applies: one bad id or state changes nothing, as on AWS. */
function change(ctx: ActionContext, check: (inst: Instance) => void, apply: (inst: Instance) => void): unknown {
  const state = ec2State(ctx);
  const ids = ctx.params.list('InstanceId');
  if (ids.length === 0) throw new AwsError('MissingParameter', 'The request must contain the parameter InstanceId', 400);
  const now = ctx.core.clock.now();
  const insts = ids.map((id) => mustInstance(state, id));
  for (const inst of insts) {
    settle(inst, now);
    check(inst);
  }
  const out = insts.map((inst) => {
    const before = inst.state;
    apply(inst);
    return { instanceId: inst.instanceId, previousState: stateOf(before), currentState: stateOf(inst.state) };
  });
  return { instancesSet: out };
}

const gone = (i: Instance): boolean => i.state === 'terminated' || i.state === 'shutting-down';

function stop(ctx: ActionContext): unknown {
  return change(ctx, (i) => {
    if (gone(i)) throw new AwsError('IncorrectInstanceState', `This instance '${i.instanceId}' is not in a state from which it can be stopped.`, 400);
  }, (i) => stopInstance(ctx.core, i, 'Client.UserInitiatedShutdown: User initiated shutdown'));
}

function start(ctx: ActionContext): unknown {
  return change(ctx, (i) => {
    if (gone(i)) throw new AwsError('IncorrectInstanceState', `The instance '${i.instanceId}' is not in a state from which it can be started.`, 400);
    if (ctx.core.world.isAzDown(ctx.region, i.availabilityZone)) throw new AwsError('InsufficientInstanceCapacity', `Insufficient capacity in ${i.availabilityZone}`, 500);
  }, (i) => startInstance(ctx.core, i));
}

function terminate(ctx: ActionContext): unknown {
  return change(ctx, () => undefined, (i) => terminateInstance(ctx.core, i));
}

function fields(i: Instance, name: string): string | (string | undefined)[] | undefined {
  switch (name) {
    case 'instance-id': return i.instanceId;
    case 'instance-state-name': return i.state;
    case 'instance-state-code': return String(stateOf(i.state).code);
    case 'subnet-id': return i.subnetId;
    case 'vpc-id': return i.vpcId;
    case 'availability-zone': return i.availabilityZone;
    case 'instance-type': return i.instanceType;
    case 'image-id': return i.imageId;
    case 'private-ip-address': return i.privateIpAddress;
    case 'ip-address': return i.publicIpAddress;
    case 'reservation-id': return i.reservationId;
    case 'key-name': return i.keyName;
    case 'instance.group-id': case 'group-id': return i.securityGroupIds;
    case 'launch-template.launch-template-id': return i.launchTemplate?.id;
    default: return undefined;
  }
}

function describeInstances(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const page = describe(ctx, state.instances, { idsKey: 'InstanceId', notFound: 'InvalidInstanceID.NotFound', what: 'instance ID', fields });
  return { reservationSet: renderReservations(page.items, state, ctx.accountId), nextToken: page.nextToken };
}

function check(status: string, since: string): unknown {
  const impaired = status === 'impaired';
  return { status, details: [{ name: 'reachability', status: impaired ? 'failed' : status === 'ok' ? 'passed' : status, impairedSince: impaired ? since : undefined }] };
}

function describeInstanceStatus(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const all = ctx.params.bool('IncludeAllInstances') === true;
  const page = describe(ctx, state.instances, {
    idsKey: 'InstanceId', notFound: 'InvalidInstanceID.NotFound', what: 'instance ID', minResults: 5,
    fields: (i, name) => {
      const h = instanceHealth(ctx.core, ctx.region, i);
      if (name === 'system-status.status') return h.system;
      if (name === 'instance-status.status') return h.instance;
      if (name === 'instance-status.reachability' || name === 'system-status.reachability') return (name.startsWith('system') ? h.system : h.instance) === 'impaired' ? 'failed' : 'passed';
      return fields(i, name);
    },
  });
  const now = new Date(ctx.core.clock.now()).toISOString();
  const rows = page.items.filter((i) => all || i.state === 'running').map((i) => {
    const h = instanceHealth(ctx.core, ctx.region, i);
    return {
      instanceId: i.instanceId, availabilityZone: i.availabilityZone, availabilityZoneId: azIdOf(i.availabilityZone),
      instanceState: stateOf(i.state), systemStatus: check(h.system, now), instanceStatus: check(h.instance, now),
      eventsSet: h.reason ? [{ code: 'system-maintenance', description: `Sandbox fault: ${h.reason}` }] : undefined,
    };
  });
  return { instanceStatusSet: rows, nextToken: page.nextToken };
}

/** Instance actions (RunInstances is in run-instances.ts). */
export const instanceActions = {
  StopInstances: stop, StartInstances: start, TerminateInstances: terminate,
  DescribeInstances: describeInstances, DescribeInstanceStatus: describeInstanceStatus,
};
