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

/** CSS that colours traffic edges by flow (the canvas draws edges inline; these rules override by edge id). */
export function edgeCss(edges: Iterable<EdgeHealth>): string {
  const rules: string[] = [];
  for (const e of edges) {
    if (e.flow === 'flowing') continue;
    const sel = `.react-flow__edge[data-id="${CSS_ESCAPE(e.edgeId)}"] .react-flow__edge-path`;
    if (e.flow === 'blocked') rules.push(`${sel} { stroke: var(--error) !important; stroke-dasharray: 6 5 !important; }`);
    else if (e.flow === 'partial') rules.push(`${sel} { stroke: var(--warning) !important; }`);
    else rules.push(`${sel} { stroke: #aab7b8 !important; stroke-dasharray: 2 4 !important; }`);
  }
  return rules.join('\n');
}

// Model ids are [A-Za-z0-9_.:-], safe inside a quoted attribute selector; strip quotes and backslashes anyway.
const CSS_ESCAPE = (id: string): string => id.replace(/["\\]/g, '');
