/** Change detection: only what differs between two cycles is emitted. */
import type { HealthChange, NodeHealth } from './types';

/** True when two healths would look different to a user (observation time alone does not count). */
export function sameHealth(a: NodeHealth | undefined, b: NodeHealth | undefined): boolean {
  if (!a || !b) return a === b;
  return a.state === b.state && a.reason === b.reason && a.lastKnown === b.lastKnown && a.since === b.since;
}

/** The changes from `prev` to `next`, in the order of `next`; nodes missing from `next` are not reported. */
export function diffHealth(prev: ReadonlyMap<string, NodeHealth>, next: ReadonlyMap<string, NodeHealth>, at: string): HealthChange[] {
  const changes: HealthChange[] = [];
  for (const [id, h] of next) {
    const before = prev.get(id);
    if (sameHealth(before, h)) continue;
    changes.push({ ...h, at, ...(before ? { previous: before.state } : {}) });
  }
  return changes;
}
