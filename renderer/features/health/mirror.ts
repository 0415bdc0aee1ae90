// Maps live health onto the app store's health slice (the canvas's node dots) and onto edge styles.
import type { EdgeHealth, HealthState, NodeHealth } from '../../../src/health/types';
import type { NodeHealth as SliceHealth } from '../../store/types';

const SLICE: Record<HealthState, SliceHealth['state']> = {
  ok: 'healthy', degraded: 'impaired', down: 'down', unknown: 'unknown', stale: 'unknown', 'not-deployed': 'unknown',
};

/** The slice entry for one node: its colour state and a tooltip that says the live state, reason and since. */
export function toSlice(h: NodeHealth): SliceHealth {
  const last = h.state === 'stale' && h.lastKnown ? ` (last known ${h.lastKnown})` : '';
  return { state: SLICE[h.state], detail: `${h.state}${last}: ${h.reason}`, at: h.since };
}

/** The traffic edges to mark on the canvas (flowing ones carry no mark): edge id → flow. */
export function edgeMarks(edges: Iterable<EdgeHealth>): Map<string, EdgeHealth['flow']> {
  const out = new Map<string, EdgeHealth['flow']>();
  for (const e of edges) if (e.flow !== 'flowing') out.set(e.edgeId, e.flow);
  return out;
}
