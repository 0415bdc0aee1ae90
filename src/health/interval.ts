/** The adaptive poll interval: calm when all is well, faster during an incident, slower when throttled. */

/** Inputs of the interval choice. */
export interface IntervalInput {
  /** The base interval, ms (5,000 against AWS, 1,000 on the Sandbox). */
  readonly baseMs: number;
  /** True when any node is down, degraded or stale. */
  readonly unhealthy: boolean;
  /** Consecutive cycles in which some call was throttled (0 = none). */
  readonly throttledCycles: number;
}

/** Fastest poll ever made: AWS describe APIs are rate limited per account and region. */
export const MIN_INTERVAL_MS = 250;
/** Slowest back-off while throttled. */
export const MAX_INTERVAL_MS = 60_000;

/** The delay before the next cycle, ms. Throttling wins over urgency: polling harder would only prolong it. */
export function nextInterval({ baseMs, unhealthy, throttledCycles }: IntervalInput): number {
  if (throttledCycles > 0) return Math.min(MAX_INTERVAL_MS, baseMs * 2 ** Math.min(throttledCycles, 6));
  if (unhealthy) return Math.max(MIN_INTERVAL_MS, Math.round(baseMs / 2));
  return Math.max(MIN_INTERVAL_MS, baseMs);
}
