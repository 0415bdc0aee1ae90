/**
 * Timeline entries the APIs report themselves (scaling activities, RDS
 * events) and the ones only a comparison of two cycles shows (a Multi-AZ
 * primary moving AZ). Pure.
 */
import type { DesignIndex } from '../model';
import { FAILED_OVER } from './assess/database';
import type { Observation } from './observation';
import type { ResourceMap } from './resources';
import type { HealthChange, TimelineEntry } from './types';

function nodeByAwsId(resources: ResourceMap, kind: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of resources.byNode.values()) if (r.kind === kind) m.set(r.id, r.nodeId);
  return m;
}

const nameOf = (index: DesignIndex, id: string): string => index.byId.get(id)?.name ?? id;

/** Entries for scaling activities and RDS events seen this cycle. */
export function entriesFromObservation(index: DesignIndex, resources: ResourceMap, obs: Observation): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const groups = nodeByAwsId(resources, 'autoScalingGroup');
  for (const a of obs.activities) {
    const nodeId = groups.get(a.asgName);
    const launch = /launch/i.test(a.description);
    const terminate = /terminat/i.test(a.description);
    if (!launch && !terminate) continue;
    out.push({
      id: `asg:${a.id}`, at: a.start, ...(nodeId ? { nodeId } : {}),
      kind: launch ? 'asg-launch' : 'asg-terminate', severity: launch ? 'recovery' : 'warning',
      title: `${nodeId ? nameOf(index, nodeId) : a.asgName}: ${a.description}`,
      ...(a.cause ? { detail: a.cause } : {}),
    });
  }
  const dbs = nodeByAwsId(resources, 'database');
  for (const e of obs.rdsEvents) {
    const nodeId = dbs.get(e.sourceId);
    const failover = /fail(ed)?[ -]?over/i.test(e.message);
    out.push({
      id: `rds:${e.sourceId}:${e.date}:${e.message.slice(0, 60)}`, at: e.date, ...(nodeId ? { nodeId } : {}),
      kind: failover ? 'db-failover' : 'note', severity: failover ? 'warning' : 'info',
      title: `${nodeId ? nameOf(index, nodeId) : e.sourceId}: ${e.message}`,
    });
  }
  return out;
}

/** A failover entry for each database whose reason newly says its primary failed over. */
export function failoverEntries(index: DesignIndex, changes: readonly HealthChange[], prevReason: (id: string) => string | undefined): TimelineEntry[] {
  return changes.flatMap((c) => {
    if (!c.reason.startsWith(FAILED_OVER) || prevReason(c.nodeId)?.startsWith(FAILED_OVER)) return [];
    return [{ id: `${c.nodeId}@${c.at}:failover`, at: c.at, nodeId: c.nodeId, kind: 'db-failover' as const, severity: 'warning' as const, title: `${nameOf(index, c.nodeId)}: ${c.reason}` }];
  });
}
