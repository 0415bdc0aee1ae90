/**
 * Lifecycles evaluated lazily by clock: a resource stores its current state and
 * the timestamped states still to come; reading it applies the ones that are
 * due. No timers, so 10,000 resources cost nothing while idle, and a restart
 * from the state file resumes exactly where the clock says.
 */

/** A future state and the epoch-ms time it takes effect. */
export interface Transition {
  state: string;
  at: number;
}

/** Anything with a lifecycle. */
export interface Lifecycled {
  state: string;
  /** Upcoming states in time order; empty or absent when settled. */
  next?: Transition[];
}

/** Applies every due transition; returns true when the state changed. */
export function settle(res: Lifecycled, now: number): boolean {
  const next = res.next;
  if (!next || next.length === 0 || next[0]!.at > now) return false;
  while (next.length > 0 && next[0]!.at <= now) res.state = next.shift()!.state;
  if (next.length === 0) delete res.next;
  return true;
}

/** Replaces the resource's future with a new schedule starting from `state` now. */
export function schedule(res: Lifecycled, state: string, ...future: Transition[]): void {
  res.state = state;
  if (future.length > 0) res.next = future;
  else delete res.next;
}
