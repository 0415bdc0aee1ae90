/** Whether traffic flows along each traffic edge, from the health of its two ends. */
import type { DesignIndex } from '../model';
import type { EdgeFlow, EdgeHealth, NodeHealth } from './types';

function flowTo(h: NodeHealth | undefined): EdgeFlow {
  switch (h?.state) {
    case 'ok': return 'flowing';
    case 'degraded': return 'partial';
    case 'down': return 'blocked';
    default: return 'unknown';
  }
}

const RANK: Record<EdgeFlow, number> = { blocked: 0, unknown: 1, partial: 2, flowing: 3 };

/** The flow of every traffic edge: an edge carries traffic only as well as the worse of its two ends. */
export function edgeFlows(index: DesignIndex, health: ReadonlyMap<string, NodeHealth>): EdgeHealth[] {
  const out: EdgeHealth[] = [];
  for (const e of index.design.edges) {
    if (e.kind !== 'traffic') continue;
    const src = health.get(e.source);
    const dst = health.get(e.target);
    // A DNS record is not monitored (no Route 53 here): judge its edges by the target alone.
    const ends = index.byId.get(e.source)?.kind === 'dnsRecord' ? [dst] : [src, dst];
    const flows = ends.map(flowTo);
    const flow = flows.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
    const culprit = ends[flows.indexOf(flow)];
    const name = culprit ? index.byId.get(culprit.nodeId)?.name ?? culprit.nodeId : 'an end';
    const reason = flow === 'flowing' ? 'traffic flows'
      : flow === 'unknown' ? `unknown: ${name} is ${culprit?.state ?? 'not observed'}`
      : `${flow === 'blocked' ? 'no traffic' : 'reduced traffic'}: ${name} ${culprit!.state} (${culprit!.reason})`;
    out.push({ edgeId: e.id, flow, reason });
  }
  return out;
}
