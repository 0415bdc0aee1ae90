/** The CloudWatch state slice of one region (alarms, history, observed metric series) and JSON request helpers. */
import { AwsError } from '../core/errors';
import type { ActionContext, SandboxCore } from '../core/service';

/** One dimension of a metric. */
export interface Dimension { Name: string; Value: string }

/** A metric alarm as stored. */
export interface Alarm {
  name: string; arn: string; description?: string; namespace: string; metricName: string; dimensions: Dimension[];
  statistic: string; period: number; evaluationPeriods: number; datapointsToAlarm: number; threshold: number;
  comparison: string; treatMissingData: string; unit?: string; actionsEnabled: boolean;
  okActions: string[]; alarmActions: string[]; insufficientDataActions: string[];
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'; stateReason: string; stateReasonData?: string;
  stateUpdated: number; configUpdated: number; stateTransitioned: number; tags: Record<string, string>;
}

/** One alarm history entry. */
export interface HistoryItem { alarmName: string; timestamp: number; type: 'ConfigurationUpdate' | 'StateUpdate' | 'Action'; summary: string; data: string }

/** A metric's observed values as change points `[epoch ms, value | null]` (null = no data). */
export type Series = [number, number | null][];

/** Everything CloudWatch keeps per region. */
export interface CwRegion { alarms: Record<string, Alarm>; history: HistoryItem[]; _series: Record<string, Series> }

const empty = (): CwRegion => ({ alarms: {}, history: [], _series: {} });

/** The CloudWatch slice of the request's region. */
export function cwState(ctx: ActionContext): CwRegion {
  return ctx.core.store.region('cloudwatch', ctx.region, empty);
}

/** The CloudWatch slice of any region. */
export function cwStateOf(core: SandboxCore, region: string): CwRegion {
  return core.store.region('cloudwatch', region, empty);
}

/** CloudWatch InvalidParameterValue. */
export const badValue = (message: string): AwsError => new AwsError('InvalidParameterValue', message, 400);

/** A required string member of the JSON body. */
export function reqStr(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (v === undefined || v === null || v === '') throw new AwsError('MissingParameter', `The parameter ${key} is required.`, 400);
  if (typeof v !== 'string') throw badValue(`The parameter ${key} must be a string, got ${JSON.stringify(v)}.`);
  return v;
}

/** An optional string member. */
export function optStr(o: Record<string, unknown>, key: string): string | undefined {
  return o[key] === undefined || o[key] === null ? undefined : reqStr(o, key);
}

/** An optional number member (range-checked). */
export function optNum(o: Record<string, unknown>, key: string, min = -Infinity, max = Infinity): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw badValue(`The parameter ${key} must be a number from ${min} to ${max}, got ${JSON.stringify(v)}.`);
  return v;
}

/** An optional list of strings. */
export function strList(o: Record<string, unknown>, key: string): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw badValue(`The parameter ${key} must be a list of strings.`);
  return v as string[];
}

/** Dimensions from a JSON list of {Name, Value}. */
export function dims(v: unknown, key = 'Dimensions'): Dimension[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw badValue(`The parameter ${key} must be a list of {Name, Value}.`);
  return v.map((d: Record<string, unknown>) => ({ Name: reqStr(d, 'Name'), Value: reqStr(d, 'Value') }));
}

/** A timestamp member (epoch seconds, as the JSON codec sends it) in epoch ms. */
export function time(o: Record<string, unknown>, key: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v * 1000;
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return Date.parse(v);
  throw badValue(`The parameter ${key} must be a timestamp.`);
}
