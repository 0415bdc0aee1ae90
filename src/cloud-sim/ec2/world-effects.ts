/**
 * How EC2 reacts to faults that change stored state: `instance-stop` stops the
 * instance (and clearing the fault starts it again). AZ failures and crashes
 * need no reaction: status checks and NAT state read the world on every call.
 */
import type { SandboxCore } from '../core/service';
import type { Fault } from '../faults/types';
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

/** Subscribes EC2 to the world's fault events. */
export function attachEc2(core: SandboxCore): void {
  core.world.on('change', ({ type, fault }) => onFault(core, type, fault));
}
