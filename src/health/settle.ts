/**
 * Turns one cycle's assessment of a node into its health, given what was
 * known before: keeps `since` while the state holds, and turns a node whose
 * data could not be read into *stale* (last known state kept) — never down,
 * because a throttled API says nothing about the resource.
 */
import type { HealthState, NodeHealth } from './types';

/** What one cycle concluded about a node: a state (with the time it began, when the API or the assessor knows it), or that its data could not be read. */
export type Assessment =
  | { readonly state: Exclude<HealthState, 'stale'>; readonly reason: string; readonly since?: string }
  | { readonly noData: string };

/** The node's health after this cycle's assessment (`now` is an ISO time). */
export function settle(nodeId: string, prev: NodeHealth | undefined, a: Assessment, now: string): NodeHealth {
  if ('noData' in a) {
    if (!prev || prev.state === 'unknown' || prev.state === 'not-deployed') {
      return { nodeId, state: 'unknown', reason: `no data yet: ${a.noData}`, since: prev?.state === 'unknown' ? prev.since : now };
    }
    if (prev.state === 'stale') return prev;
    return {
      nodeId, state: 'stale', lastKnown: prev.state,
      reason: `no fresh data (${a.noData}); last known: ${prev.reason}`,
      since: now, ...(prev.observedAt ? { observedAt: prev.observedAt } : {}),
    };
  }
  const same = prev !== undefined && prev.state === a.state;
  return { nodeId, state: a.state, reason: a.reason, since: a.since ?? (same ? prev.since : now), observedAt: now };
}
