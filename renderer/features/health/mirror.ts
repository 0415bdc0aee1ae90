// Maps live health onto the app store's health slice (a mirror for readers outside the feature) and into tooltip text.
import type { NodeHealth } from '../../../src/health/types';
import type { NodeHealth as SliceHealth } from '../../store/types';
import { clockTime } from './age';

/** Every state, worst first (as src/health's HEALTH_STATES: the renderer may not import values from the node tier). */
export const HEALTH_ORDER: readonly NodeHealth['state'][] = ['down', 'degraded', 'stale', 'unknown', 'ok', 'not-deployed'];

/** The words of each state in tooltips and chips. */
export const STATE_WORDS: Record<NodeHealth['state'], string> = {
  ok: 'ok', degraded: 'degraded', down: 'down', unknown: 'unknown', stale: 'stale', 'not-deployed': 'not deployed',
};

/** A tooltip: the state (for stale, the last known one), its reason in words and since when. */
export function healthTitle(h: NodeHealth): string {
  const last = h.state === 'stale' && h.lastKnown ? ` (last known ${STATE_WORDS[h.lastKnown]})` : '';
  const since = h.since ? ` — since ${clockTime(h.since)}` : '';
  return `${STATE_WORDS[h.state]}${last}: ${h.reason}${since}`;
}

/** The slice entry for one node: its live state as is (six states), the tooltip, since when, and for stale its last known state and age. */
export function toSlice(h: NodeHealth): SliceHealth {
  return {
    state: h.state, detail: healthTitle(h), at: h.since,
    ...(h.state === 'stale' && h.lastKnown ? { lastKnown: h.lastKnown } : {}),
    ...(h.observedAt ? { observedAt: h.observedAt } : {}),
  };
}
