/**
 * EC2 instances: stored shape → wire shape, lifecycle timings, and the health
 * view other services use (an instance in a failed AZ, or crashed, is impaired).
 */
import { settle, schedule } from '../core/lifecycle';
import { azIdOf } from '../core/regions';
import { tag, XmlRaw } from '../core/xml';
import type { SandboxCore } from '../core/service';
import { must, type Ec2Region } from './state';
import type { Instance } from './types';

/** AWS instance state codes. */
export const STATE_CODES: Record<string, number> = {
  pending: 0, running: 16, 'shutting-down': 32, terminated: 48, stopping: 64, stopped: 80,
};

/** Base delays (ms at time scale 1). */
export const TIMINGS = { bootMin: 5000, bootSpread: 5000, stop: 4000, terminate: 4000, start: 5000 };

/** Boot time of an instance: 5–10 s, derived from its id so it is stable across restarts. */
export function bootMs(instanceId: string): number {
  return TIMINGS.bootMin + (parseInt(instanceId.slice(-4), 16) % TIMINGS.bootSpread);
}

/** An instance or InvalidInstanceID.NotFound. */
export function mustInstance(state: Ec2Region, id: string): Instance {
  return must(state.instances, id, 'InvalidInstanceID.NotFound', 'instance ID');
}

/** Health of a running instance as status checks see it. */
export interface InstanceHealth { system: 'ok' | 'impaired' | 'initializing' | 'not-applicable'; instance: 'ok' | 'impaired' | 'initializing' | 'not-applicable'; reason?: string }

/**
 * Status checks: impaired while its AZ (or region) is failed (system check) or
 * it is crashed (instance check); initializing during the first boot seconds.
 */
export function instanceHealth(core: SandboxCore, region: string, inst: Instance): InstanceHealth {
  settle(inst, core.clock.now());
  if (inst.state !== 'running') return { system: 'not-applicable', instance: 'not-applicable' };
  if (core.world.isAzDown(region, inst.availabilityZone)) {
    return { system: 'impaired', instance: 'impaired', reason: `availability zone ${inst.availabilityZone} is failed` };
  }
  if (core.world.isInstanceCrashed(inst.instanceId)) return { system: 'ok', instance: 'impaired', reason: 'instance crashed' };
  return { system: 'ok', instance: 'ok' };
}

/** Moves an instance towards stopped (no-op unless pending/running). */
export function stopInstance(core: SandboxCore, inst: Instance, reason: string): void {
  settle(inst, core.clock.now());
  if (inst.state !== 'running' && inst.state !== 'pending') return;
  schedule(inst, 'stopping', { state: 'stopped', at: core.clock.after(TIMINGS.stop) });
  inst.stateReason = reason;
  delete inst.publicIpAddress;
}

/** Starts a stopped (or stopping) instance. */
export function startInstance(core: SandboxCore, inst: Instance): void {
  settle(inst, core.clock.now());
  if (inst.state !== 'stopped' && inst.state !== 'stopping') return;
  schedule(inst, 'pending', { state: 'running', at: core.clock.after(TIMINGS.start) });
  delete inst.stateReason;
}

/** Terminates an instance (shutting-down → terminated). */
export function terminateInstance(core: SandboxCore, inst: Instance): void {
  settle(inst, core.clock.now());
  if (inst.state === 'terminated' || inst.state === 'shutting-down') return;
  schedule(inst, 'shutting-down', { state: 'terminated', at: core.clock.after(TIMINGS.terminate) });
  inst.stateReason = 'Client.UserInitiatedShutdown: User initiated shutdown';
  delete inst.publicIpAddress;
}

/** The wire state struct. */
export const stateOf = (name: string): { code: number; name: string } => ({ code: STATE_CODES[name] ?? 0, name });

/**
 * The wire form of one instance (inside a reservation), rendered straight to
 * XML: DescribeInstances over 10,000 instances is the Sandbox's hottest path.
 */
export function renderInstance(inst: Instance, state: Ec2Region, _ownerId: string): XmlRaw {
  const gone = inst.state === 'terminated';
  const dns = inst.publicIpAddress ? `ec2-${inst.publicIpAddress.replace(/\./g, '-')}.compute-1.amazonaws.com` : '';
  const groups = inst.securityGroupIds.map((id) => `<item>${tag('groupId', id)}${tag('groupName', state.securityGroups[id]?.groupName)}</item>`).join('');
  const tags = Object.entries(inst.tags ?? {}).map(([k, v]) => `<item>${tag('key', k)}${tag('value', v)}</item>`).join('');
  const reason = inst.stateReason ? `<stateReason>${tag('code', inst.stateReason.split(':')[0])}${tag('message', inst.stateReason)}</stateReason>` : '';
  return new XmlRaw(
    tag('instanceId', inst.instanceId) + tag('imageId', inst.imageId) +
    `<instanceState><code>${STATE_CODES[inst.state] ?? 0}</code>${tag('name', inst.state)}</instanceState>` +
    tag('privateDnsName', gone ? '' : `ip-${inst.privateIpAddress.replace(/\./g, '-')}.ec2.internal`) + tag('dnsName', dns) +
    tag('reason', inst.stateReason ?? '') + tag('keyName', inst.keyName) + tag('amiLaunchIndex', inst.amiLaunchIndex) +
    tag('instanceType', inst.instanceType) + tag('launchTime', inst.launchTime) +
    `<placement>${tag('availabilityZone', inst.availabilityZone)}${tag('availabilityZoneId', azIdOf(inst.availabilityZone))}<tenancy>default</tenancy>${tag('groupName', inst.placementGroup ?? '')}</placement>` +
    '<monitoring><state>disabled</state></monitoring>' + tag('subnetId', inst.subnetId) + tag('vpcId', inst.vpcId) +
    tag('privateIpAddress', gone ? undefined : inst.privateIpAddress) + tag('ipAddress', inst.publicIpAddress) +
    '<architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName>' +
    '<virtualizationType>hvm</virtualizationType><hypervisor>xen</hypervisor>' +
    `<groupSet>${groups}</groupSet>${reason}${tags ? `<tagSet>${tags}</tagSet>` : ''}` +
    '<sourceDestCheck>true</sourceDestCheck><ebsOptimized>false</ebsOptimized><enaSupport>true</enaSupport>',
  );
}

/** Groups instances into their reservations, keeping order. */
export function renderReservations(items: Instance[], state: Ec2Region, ownerId: string): unknown[] {
  const byRes = new Map<string, Instance[]>();
  for (const i of items) {
    const list = byRes.get(i.reservationId);
    if (list) list.push(i);
    else byRes.set(i.reservationId, [i]);
  }
  return [...byRes].map(([reservationId, list]) => ({
    reservationId, ownerId, groupSet: [], instancesSet: list.map((i) => renderInstance(i, state, ownerId)),
  }));
}
