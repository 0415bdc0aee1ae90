/** A generic, cheap summary of the state: per service and region, how many of each resource collection. */
import type { SandboxCore } from '../core/service';

/** `{ services: { ec2: { 'us-east-1': { vpcs: 2, … } } }, faults: n }` */
export function stateSummary(core: SandboxCore): { services: Record<string, Record<string, Record<string, number>>>; faults: number } {
  const services: Record<string, Record<string, Record<string, number>>> = {};
  for (const [service, scopes] of Object.entries(core.store.snapshot())) {
    if (service === 'world') continue;
    for (const [scope, slice] of Object.entries(scopes)) {
      const counts: Record<string, number> = {};
      for (const [k, v] of Object.entries((slice ?? {}) as Record<string, unknown>)) {
        if (v && typeof v === 'object' && !k.startsWith('_')) counts[k] = Array.isArray(v) ? v.length : Object.keys(v).length;
      }
      ((services[service] ??= {})[scope.split('/').pop() ?? scope] = counts);
    }
  }
  return { services, faults: core.world.list().length };
}
