/** The mutable observation one cycle fills in, and the wrapper that counts calls and turns failures into stale sources. */
import type {
  ActivityObs, AlarmObs, AsgObs, DatabaseObs, InstanceObs, LoadBalancerObs, NatObs, Observation, RdsEventObs, TargetGroupObs, VpnObs,
} from '../observation';
import { describeError, isThrottle } from './clients';

/** An observation under construction plus the cycle's call accounting. */
export interface ObsDraft {
  readonly at: string;
  readonly instances: Map<string, InstanceObs>;
  readonly targetGroups: Map<string, TargetGroupObs>;
  readonly loadBalancers: Map<string, LoadBalancerObs>;
  readonly databases: Map<string, DatabaseObs>;
  readonly asgs: Map<string, AsgObs>;
  readonly vpns: Map<string, VpnObs>;
  readonly alarms: Map<string, AlarmObs>;
  readonly nats: Map<string, NatObs>;
  readonly activities: ActivityObs[];
  readonly rdsEvents: RdsEventObs[];
  readonly failures: Map<string, string>;
  /** API calls made, by operation name. */
  readonly calls: Map<string, number>;
  throttled: boolean;
}

/** A fresh draft for a cycle starting at `at`. */
export function newDraft(at: string): ObsDraft {
  return {
    at, instances: new Map(), targetGroups: new Map(), loadBalancers: new Map(), databases: new Map(), asgs: new Map(),
    vpns: new Map(), alarms: new Map(), nats: new Map(), activities: [], rdsEvents: [], failures: new Map(), calls: new Map(), throttled: false,
  };
}

/** Counts one call of `op`; failures mark `source` failed (its nodes go stale) instead of throwing. */
export async function track<T>(d: ObsDraft, source: string, op: string, fn: () => Promise<T>): Promise<T | undefined> {
  d.calls.set(op, (d.calls.get(op) ?? 0) + 1);
  try {
    return await fn();
  } catch (err) {
    if (isThrottle(err)) d.throttled = true;
    if (!d.failures.has(source)) d.failures.set(source, describeError(err, op));
    return undefined;
  }
}

/** The finished, read-only observation. */
export const finish = (d: ObsDraft): Observation => d;
