/**
 * Health data as it crosses every boundary (monitor → CLI, IPC, renderer):
 * plain JSON, ISO timestamps, no classes. Type-only for the renderer.
 */

/** The health of one node. `stale` = no fresh data (throttling, errors): the last known state is kept beside it. */
export type HealthState = 'ok' | 'degraded' | 'down' | 'unknown' | 'stale' | 'not-deployed';

/** Every state, worst first (the order roll-ups and the UI legend use). */
export const HEALTH_STATES: readonly HealthState[] = ['down', 'degraded', 'stale', 'unknown', 'ok', 'not-deployed'];

/** The health of one node at one moment. */
export interface NodeHealth {
  readonly nodeId: string;
  readonly state: HealthState;
  /** Why, in words: "2 of 3 targets unhealthy in us-east-1a". */
  readonly reason: string;
  /** ISO time the node entered this state (for stale: when the data stopped coming). */
  readonly since: string;
  /** For stale nodes: the last state actually observed (drawn greyed). */
  readonly lastKnown?: Exclude<HealthState, 'stale'>;
  /** ISO time of the last successful observation (its age is how old a stale node's data is). */
  readonly observedAt?: string;
}

/** One change of a node's health, as the monitor emits it. */
export interface HealthChange extends NodeHealth {
  /** ISO time the change was detected. */
  readonly at: string;
  /** The state before (absent on the first report of a node). */
  readonly previous?: HealthState;
}

/** Whether traffic flows along a traffic edge. */
export type EdgeFlow = 'flowing' | 'partial' | 'blocked' | 'unknown';

/** The flow of one traffic edge. */
export interface EdgeHealth {
  readonly edgeId: string;
  readonly flow: EdgeFlow;
  readonly reason: string;
}

/** What happened, for the incident timeline. */
export type TimelineKind =
  | 'instance-impaired' | 'instance-recovered'
  | 'target-unhealthy' | 'target-healthy'
  | 'db-failover' | 'db-unavailable' | 'db-recovered'
  | 'alarm' | 'alarm-ok'
  | 'asg-launch' | 'asg-terminate'
  | 'tunnel-down' | 'tunnel-up'
  | 'node-down' | 'node-degraded' | 'node-recovered' | 'node-stale'
  | 'fault-injected' | 'fault-cleared' | 'note';

/** How bad a timeline entry is. */
export type Severity = 'critical' | 'warning' | 'info' | 'recovery';

/** One entry of the incident timeline, linked to its node. */
export interface TimelineEntry {
  /** Stable id (dedupes entries that arrive twice, e.g. RDS events re-read). */
  readonly id: string;
  /** ISO time it happened (or was observed). */
  readonly at: string;
  readonly nodeId?: string;
  readonly kind: TimelineKind;
  readonly severity: Severity;
  /** One line: "web-1: instance impaired (system status check failed)". */
  readonly title: string;
  readonly detail?: string;
}

/** A point-in-time view of everything the monitor knows (sent to a newly attached UI). */
export interface HealthSnapshot {
  readonly designId: string;
  readonly at: string;
  readonly nodes: readonly NodeHealth[];
  readonly edges: readonly EdgeHealth[];
  readonly timeline: readonly TimelineEntry[];
  /** Poll interval in use, ms. */
  readonly intervalMs: number;
}
