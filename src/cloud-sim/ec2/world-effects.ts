/**
 * How EC2 reacts to faults that change stored state: `instance-stop` stops the
 * instance (and clearing the fault starts it again). AZ failures and crashes
 * need no reaction: status checks and NAT state read the world on every call.
 */
import type { SandboxCore } from '../core/service';
import type { Fault, FaultSpec } from '../faults/types';
import { startInstance, stopInstance } from './instances';
import type { Instance } from './types';

function findInstance(core: SandboxCore, instanceId: string): Instance | undefined {
  for (const region of core.store.regions<{ instances: Record<string, Instance> }>('ec2').values()) {
    const inst = region.instances[instanceId];
    if (inst) return inst;
  }
  return undefined;
}

function onFault(core: SandboxCore, type: 'added' | 'removed', fault: Fault): void {
  if (fault.kind !== 'instance-stop') return;
  const inst = findInstance(core, fault.instanceId);
  if (!inst) return;
  if (type === 'added') stopInstance(core, inst, 'Server.SandboxFault: stopped by Sandbox fault ' + fault.id);
  else startInstance(core, inst);
  core.store.dirty();
}

function validate(core: SandboxCore, spec: FaultSpec): string | undefined {
  if ((spec.kind === 'instance-stop' || spec.kind === 'instance-crash') && !findInstance(core, spec.instanceId)) {
    return `fault field 'instanceId': no instance '${spec.instanceId}' in any region of the Sandbox`;
  }
  if (spec.kind === 'tunnel-down') {
    const known = [...core.store.regions<{ vpnConnections: Record<string, unknown> }>('ec2').values()].some((r) => r.vpnConnections[spec.vpnConnectionId]);
    if (!known) return `fault field 'vpnConnectionId': no VPN connection '${spec.vpnConnectionId}' in any region of the Sandbox`;
  }
  return undefined;
}

/** Subscribes EC2 to the world's fault events and lets it refuse faults naming unknown instances or VPNs. */
export function attachEc2(core: SandboxCore): void {
  core.world.on('change', ({ type, fault }) => onFault(core, type, fault));
  core.world.addValidator((spec) => validate(core, spec));
}
