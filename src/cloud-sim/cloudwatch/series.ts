/**
 * Observed metric series. The Sandbox's metrics are functions of its state, so
 * a series is kept as change points (value from time t on) and sampled when
 * read: a datapoint of a period aggregates the value carried into the period
 * and every change inside it. Sum aggregates as the mean because each value
 * already is a per-period amount (e.g. 5xx count per period).
 */
import type { SandboxCore } from '../core/service';
import { sampleMetric } from './metrics';
import type { CwRegion, Dimension, Series } from './state';

const KEEP = 1000;

/** The storage key of a metric. */
export function seriesKey(namespace: string, name: string, dimensions: Dimension[], period: number): string {
  const d = [...dimensions].sort((a, b) => a.Name.localeCompare(b.Name)).map((x) => `${x.Name}=${x.Value}`).join(',');
  return `${namespace}|${name}|${d}|${period}`;
}

/** Samples the metric now and records a change point if the value changed; returns the series. */
export function observe(core: SandboxCore, region: string, state: CwRegion, namespace: string, name: string, dimensions: Dimension[], period: number): Series {
  const key = seriesKey(namespace, name, dimensions, period);
  const series = (state._series[key] ??= []);
  const now = core.clock.now();
  const v = sampleMetric(core, region, namespace, name, dimensions, period);
  const value = v === undefined ? null : v;
  const last = series.at(-1);
  if (!last || last[1] !== value) series.push([now, value]);
  if (series.length > KEEP) series.splice(0, series.length - KEEP);
  return series;
}

/** The values seen in [from, to): the one carried in at `from` plus every change inside. */
export function valuesIn(series: Series, from: number, to: number): number[] {
  const out: (number | null)[] = [];
  let carried: number | null | undefined;
  for (const [t, v] of series) {
    if (t <= from) carried = v;
    else if (t < to) out.push(v);
    else break;
  }
  if (carried !== undefined) out.unshift(carried);
  return out.filter((v): v is number => v !== null);
}

/** Aggregates values with a CloudWatch statistic (undefined for no data). */
export function aggregate(values: number[], stat: string): number | undefined {
  if (values.length === 0) return undefined;
  switch (stat) {
    case 'Maximum': return Math.max(...values);
    case 'Minimum': return Math.min(...values);
    case 'SampleCount': return values.length;
    default: return values.reduce((a, b) => a + b, 0) / values.length;
  }
}
