/** Words for health: ages ("12 s ago") and one-line descriptions for the CLI and the UI. */
import type { NodeHealth } from './types';

/** A short age: "4 s", "3 min", "2 h", "5 d". */
export function age(fromIso: string, nowMs: number): string {
  const s = Math.max(0, Math.round((nowMs - Date.parse(fromIso)) / 1000));
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} d`;
}

/** "degraded — 2 of 3 targets unhealthy in us-east-1a (since 12 s ago)"; stale nodes say how old their data is. */
export function describeHealth(h: NodeHealth, nowMs: number): string {
  if (h.state === 'stale') {
    const data = h.observedAt ? `data ${age(h.observedAt, nowMs)} old` : 'no data';
    return `stale (${data}, last known ${h.lastKnown ?? 'unknown'}) — ${h.reason}`;
  }
  return `${h.state} — ${h.reason} (since ${age(h.since, nowMs)} ago)`;
}
