/** Aggregates per entry point analyses into the design's estimates. */
import type { EntryAnalysis } from './graph/analyze';
import { ASSUMPTIONS } from './graph/defaults';
import type { Disruption, Estimates, EntryPointEstimate } from './types';

/** Minutes in the 30-day month the SLAs use. */
export const MONTH_MINUTES = 43200;
const CLASSES: readonly Disruption[] = ['instance', 'az', 'region'];

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The estimate of one entry point. */
export function entryEstimate(a: EntryAnalysis): EntryPointEstimate {
  return {
    id: a.ep.id,
    name: a.ep.name,
    availability: a.availability,
    availabilityPercent: round(a.availability * 100, 4),
    downtimeMinutesPerMonth: round((1 - a.availability) * MONTH_MINUTES, 1),
    rtoSeconds: a.rto,
    rpoSeconds: a.rpo,
    components: a.components,
  };
}

/** The design's estimates: every entry point, the worst figures over them, the assumptions. */
export function buildEstimates(analyses: readonly EntryAnalysis[]): Estimates {
  const eps = analyses.map(entryEstimate);
  const worst = (pick: (e: EntryPointEstimate) => Readonly<Record<Disruption, number | null>>) =>
    Object.fromEntries(CLASSES.map((c) => [c, eps.length ? eps.reduce<number | null>((acc, e) => (acc === null || pick(e)[c] === null ? null : Math.max(acc, pick(e)[c]!)), 0) : null])) as Record<Disruption, number | null>;
  const availability = eps.length ? Math.min(...eps.map((e) => e.availability)) : null;
  return {
    entryPoints: eps,
    availability,
    availabilityPercent: availability === null ? null : round(availability * 100, 4),
    downtimeMinutesPerMonth: availability === null ? null : round((1 - availability) * MONTH_MINUTES, 1),
    rtoSeconds: worst((e) => e.rtoSeconds),
    rpoSeconds: worst((e) => e.rpoSeconds),
    assumptions: ASSUMPTIONS,
  };
}

/** "2 min", "1 h 5 min", "unbounded" for seconds. */
export function formatSeconds(s: number | null): string {
  if (s === null) return 'unbounded';
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}
