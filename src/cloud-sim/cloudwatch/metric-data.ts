/** GetMetricData, GetMetricStatistics and DescribeAlarmHistory: datapoints over real time from the observed series. */
import { AwsError } from '../core/errors';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { aggregate, observe, valuesIn } from './series';
import { badValue, cwState, dims, optNum, optStr, reqStr, strList, time } from './state';

function range(ctx: ActionContext, startKey: string, endKey: string): { start: number; end: number } {
  const start = time(ctx.json, startKey);
  const end = time(ctx.json, endKey);
  if (start === undefined || end === undefined) throw new AwsError('MissingParameter', `The parameters ${startKey} and ${endKey} are required.`, 400);
  if (start >= end) throw badValue(`${startKey} must be before ${endKey}.`);
  return { start, end };
}

function buckets(start: number, end: number, periodMs: number): number[] {
  const out: number[] = [];
  for (let t = start; t < end && out.length < 100_800; t += periodMs) out.push(t);
  return out;
}

function getMetricData(ctx: ActionContext): unknown {
  const state = cwState(ctx);
  const { start, end } = range(ctx, 'StartTime', 'EndTime');
  const queries = ctx.json.MetricDataQueries;
  if (!Array.isArray(queries) || queries.length === 0) throw new AwsError('MissingParameter', 'The parameter MetricDataQueries is required.', 400);
  const descending = (optStr(ctx.json, 'ScanBy') ?? 'TimestampDescending') === 'TimestampDescending';
  const results = (queries as Record<string, unknown>[]).filter((q) => q.ReturnData !== false).map((q) => {
    const id = reqStr(q, 'Id');
    if (q.Expression !== undefined) throw badValue(`Query ${id}: metric math expressions are not simulated.`);
    const ms = q.MetricStat as Record<string, unknown> | undefined;
    const m = ms?.Metric as Record<string, unknown> | undefined;
    if (!ms || !m) throw new AwsError('MissingParameter', `Query ${id}: MetricStat.Metric is required.`, 400);
    const period = optNum(ms, 'Period', 1);
    if (period === undefined) throw new AwsError('MissingParameter', `Query ${id}: MetricStat.Period is required.`, 400);
    const stat = reqStr(ms, 'Stat');
    const series = observe(ctx.core, ctx.region, state, reqStr(m, 'Namespace'), reqStr(m, 'MetricName'), dims(m.Dimensions), period);
    const points = buckets(start, end, period * 1000).flatMap((t) => {
      const v = aggregate(valuesIn(series, t, t + period * 1000), stat);
      return v === undefined ? [] : [[t, v] as const];
    });
    if (descending) points.reverse();
    return { Id: id, Label: optStr(q, 'Label') ?? reqStr(m, 'MetricName'), Timestamps: points.map((p) => p[0] / 1000), Values: points.map((p) => p[1]), StatusCode: 'Complete' };
  });
  return { MetricDataResults: results, Messages: [] };
}

function getMetricStatistics(ctx: ActionContext): unknown {
  const j = ctx.json;
  const { start, end } = range(ctx, 'StartTime', 'EndTime');
  const period = optNum(j, 'Period', 1);
  if (period === undefined) throw new AwsError('MissingParameter', 'The parameter Period is required.', 400);
  const stats = strList(j, 'Statistics');
  if (stats.length === 0) throw new AwsError('MissingParameter', 'The parameter Statistics is required.', 400);
  const name = reqStr(j, 'MetricName');
  const series = observe(ctx.core, ctx.region, cwState(ctx), reqStr(j, 'Namespace'), name, dims(j.Dimensions), period);
  const datapoints = buckets(start, end, period * 1000).flatMap((t) => {
    const values = valuesIn(series, t, t + period * 1000);
    if (values.length === 0) return [];
    return [{ Timestamp: t / 1000, ...Object.fromEntries(stats.map((s) => [s, aggregate(values, s)])), Unit: optStr(j, 'Unit') ?? 'None' }];
  });
  return { Label: name, Datapoints: datapoints };
}

function describeHistory(ctx: ActionContext): unknown {
  const j = ctx.json;
  const name = optStr(j, 'AlarmName');
  const type = optStr(j, 'HistoryItemType');
  const from = time(j, 'StartDate') ?? 0;
  const to = time(j, 'EndDate') ?? Infinity;
  let items = cwState(ctx).history.filter((h) => (!name || h.alarmName === name) && (!type || h.type === type) && h.timestamp >= from && h.timestamp <= to);
  if ((optStr(j, 'ScanBy') ?? 'TimestampDescending') === 'TimestampDescending') items = [...items].reverse();
  const page = paginate(items, optNum(j, 'MaxRecords', 1, 100) ?? 100, optStr(j, 'NextToken'));
  return {
    AlarmHistoryItems: page.items.map((h) => ({ AlarmName: h.alarmName, AlarmType: 'MetricAlarm', Timestamp: h.timestamp / 1000, HistoryItemType: h.type, HistorySummary: h.summary, HistoryData: h.data })),
    NextToken: page.nextToken,
  };
}

/** Metric data and history actions. */
export const metricDataActions = { GetMetricData: getMetricData, GetMetricStatistics: getMetricStatistics, DescribeAlarmHistory: describeHistory };
