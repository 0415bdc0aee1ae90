/**
 * The incident timeline: entries derived from health changes (an instance
 * impaired, a target group losing targets, a node recovering) merged with
 * events the APIs report themselves (scaling activities, RDS events), in
 * time order, each linked to its node.
 */
import type { DesignIndex, DesignNode } from '../model';
import type { HealthChange, HealthState, Severity, TimelineEntry, TimelineKind } from './types';

type Bad = 'degraded' | 'down';
const BAD = new Set(['down', 'degraded']);
const RANK: Record<Bad, number> = { degraded: 1, down: 2 };
/**
 * States that say nothing yet about how the resource was doing: a change from one of them is a first
 * sighting (an instance found booting, a resource just created), neither an incident nor a recovery.
 */
const UNSEEN: ReadonlySet<HealthState | undefined> = new Set([undefined, 'unknown', 'not-deployed']);

/**
 * Open incidents by node: the bad state the timeline last reported for it, until its recovery. The monitor keeps
 * one across cycles, so incidents and recoveries alternate per node whatever happens in between (a stale spell,
 * a boot first seen degraded).
 */
export type OpenIncidents = Map<string, Bad>;

function recoveryKind(node: DesignNode): TimelineKind {
  return node.kind === 'instance' ? 'instance-recovered'
    : node.kind === 'targetGroup' ? 'target-healthy'
    : node.kind === 'alarm' ? 'alarm-ok'
    : node.kind === 'vpnConnection' ? 'tunnel-up'
    : node.kind === 'database' ? 'db-recovered'
    : 'node-recovered';
}

function incidentKind(node: DesignNode, state: Bad): { kind: TimelineKind; severity: Severity } {
  const down = state === 'down';
  const severity: Severity = down ? 'critical' : 'warning';
  switch (node.kind) {
    case 'instance': return { kind: 'instance-impaired', severity };
    case 'targetGroup': return { kind: 'target-unhealthy', severity };
    case 'alarm': return { kind: 'alarm', severity: 'warning' };
    case 'vpnConnection': return { kind: 'tunnel-down', severity };
    case 'database': return { kind: down ? 'db-unavailable' : 'node-degraded', severity };
    default: return { kind: down ? 'node-down' : 'node-degraded', severity };
  }
}

/** The entry a change makes, if any, updating the node's open incident. */
function kindFor(node: DesignNode, change: HealthChange, open: OpenIncidents): { kind: TimelineKind; severity: Severity } | undefined {
  if (change.state === 'stale') return change.previous !== undefined && change.previous !== 'stale' ? { kind: 'node-stale', severity: 'info' } : undefined;
  const was = open.get(change.nodeId);
  if (change.state === 'ok') {
    open.delete(change.nodeId);
    return was ? { kind: recoveryKind(node), severity: 'recovery' } : undefined;
  }
  if (!BAD.has(change.state)) return undefined;
  const now = change.state as Bad;
  if (UNSEEN.has(change.previous)) return undefined;
  open.set(change.nodeId, now);
  // Only a change for the worse is an incident (down → degraded is a partial recovery, not news).
  return !was || RANK[now] > RANK[was] ? incidentKind(node, now) : undefined;
}

/** Which nodes speak for themselves in the timeline: resources, and zones/regions (subnets and VPCs would only echo their contents). */
const quiet = (n: DesignNode): boolean => n.kind === 'subnet' || n.kind === 'vpc';

/** Within one cycle, causes read before effects: resources, then what routes to them, then the zones and regions around them. */
const CAUSE_ORDER: Partial<Record<DesignNode['kind'], number>> = {
  instance: 0, database: 0, natGateway: 0, vpnConnection: 0, transitGateway: 0, vpcPeering: 0,
  autoScalingGroup: 1, targetGroup: 2, loadBalancer: 3, alarm: 4, az: 5, region: 6,
};

/**
 * Timeline entries for a batch of health changes, causes first: incidents (a change for the worse of a node
 * seen before) and recoveries (of a node with an open incident). `open` carries the open incidents across
 * calls and is updated; without it each change is judged by its previous state alone.
 */
export function entriesFromChanges(index: DesignIndex, changes: readonly HealthChange[], open?: OpenIncidents): TimelineEntry[] {
  const out: (TimelineEntry & { order: number })[] = [];
  for (const c of changes) {
    const node = index.byId.get(c.nodeId);
    if (!node || quiet(node)) continue;
    const incidents: OpenIncidents = open ?? new Map(c.previous === 'degraded' || c.previous === 'down' ? [[c.nodeId, c.previous]] : []);
    const k = kindFor(node, c, incidents);
    if (!k) continue;
    const label = k.severity === 'recovery' ? `${c.state} again` : c.state;
    out.push({
      id: `${c.nodeId}@${c.at}:${c.state}`, at: c.at, nodeId: c.nodeId, kind: k.kind, severity: k.severity,
      title: `${node.name}: ${label} — ${c.reason}`, order: CAUSE_ORDER[node.kind] ?? 3,
    });
  }
  return out.map((e, i) => ({ e, i })).sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.e.order - b.e.order || a.i - b.i))
    .map(({ e: { order: _order, ...entry } }) => entry);
}

/** Merges new entries into a timeline: drops duplicates (same id), keeps time order (stable), caps the length (oldest dropped). */
export function mergeTimeline(timeline: readonly TimelineEntry[], added: readonly TimelineEntry[], max = 2000): TimelineEntry[] {
  if (added.length === 0) return [...timeline];
  const seen = new Set(timeline.map((e) => e.id));
  const fresh = added.filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
  const all = [...timeline, ...fresh].map((e, i) => ({ e, i }));
  all.sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i));
  return all.slice(Math.max(0, all.length - max)).map((x) => x.e);
}
