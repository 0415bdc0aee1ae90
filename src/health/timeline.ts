/**
 * The incident timeline: entries derived from health changes (an instance
 * impaired, a target group losing targets, a node recovering) merged with
 * events the APIs report themselves (scaling activities, RDS events), in
 * time order, each linked to its node.
 */
import type { DesignIndex, DesignNode } from '../model';
import type { HealthChange, Severity, TimelineEntry, TimelineKind } from './types';

const BAD = new Set(['down', 'degraded']);
const RANK: Record<string, number> = { degraded: 1, down: 2 };

function kindFor(node: DesignNode, change: HealthChange): { kind: TimelineKind; severity: Severity } | undefined {
  const wasBad = change.previous !== undefined && BAD.has(change.previous);
  const isBad = BAD.has(change.state);
  const down = change.state === 'down';
  if (change.state === 'ok' && wasBad) {
    const kind: TimelineKind = node.kind === 'instance' ? 'instance-recovered'
      : node.kind === 'targetGroup' ? 'target-healthy'
      : node.kind === 'alarm' ? 'alarm-ok'
      : node.kind === 'vpnConnection' ? 'tunnel-up'
      : node.kind === 'database' ? 'db-recovered'
      : 'node-recovered';
    return { kind, severity: 'recovery' };
  }
  // Only a change for the worse is an incident (down → degraded is a partial recovery, not news).
  if (isBad && (!wasBad || RANK[change.state]! > RANK[change.previous!]!)) {
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
  if (change.state === 'stale' && change.previous !== undefined && change.previous !== 'stale') return { kind: 'node-stale', severity: 'info' };
  return undefined;
}

/** Which nodes speak for themselves in the timeline: resources, and zones/regions (subnets and VPCs would only echo their contents). */
const quiet = (n: DesignNode): boolean => n.kind === 'subnet' || n.kind === 'vpc';

/** Within one cycle, causes read before effects: resources, then what routes to them, then the zones and regions around them. */
const CAUSE_ORDER: Partial<Record<DesignNode['kind'], number>> = {
  instance: 0, database: 0, natGateway: 0, vpnConnection: 0, transitGateway: 0, vpcPeering: 0,
  autoScalingGroup: 1, targetGroup: 2, loadBalancer: 3, alarm: 4, az: 5, region: 6,
};

/** Timeline entries for a batch of health changes (changes that are not incidents or recoveries give none), causes first. */
export function entriesFromChanges(index: DesignIndex, changes: readonly HealthChange[]): TimelineEntry[] {
  const out: (TimelineEntry & { order: number })[] = [];
  for (const c of changes) {
    const node = index.byId.get(c.nodeId);
    if (!node || quiet(node)) continue;
    const k = kindFor(node, c);
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
