/** Metric alarms: PutMetricAlarm, DescribeAlarms (state, names, prefix, paging), DeleteAlarms, SetAlarmState, Enable/DisableAlarmActions. */
import { AwsError } from '../core/errors';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { addHistory, COMPARISONS, setState } from './evaluate';
import { badValue, cwState, dims, optNum, optStr, reqStr, strList, type Alarm } from './state';

const STATS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];
const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
const secs = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : ms / 1000);

function put(ctx: ActionContext): unknown {
  const j = ctx.json;
  const state = cwState(ctx);
  const name = reqStr(j, 'AlarmName');
  if (name.length > 255) throw badValue('AlarmName must be at most 255 characters.');
  if (j.Metrics !== undefined) throw badValue('Metric math alarms (Metrics) are not simulated; use Namespace/MetricName/Statistic.');
  const statistic = optStr(j, 'Statistic');
  if (!statistic || !STATS.includes(statistic)) throw badValue(`Statistic must be one of ${STATS.join(', ')} (ExtendedStatistic is not simulated).`);
  const period = optNum(j, 'Period', 1, 86400 * 7);
  if (period === undefined || !(period === 10 || period === 30 || period % 60 === 0)) throw badValue('Period must be 10, 30 or a multiple of 60.');
  const evaluationPeriods = optNum(j, 'EvaluationPeriods', 1, 100);
  if (evaluationPeriods === undefined) throw new AwsError('MissingParameter', 'The parameter EvaluationPeriods is required.', 400);
  const datapointsToAlarm = optNum(j, 'DatapointsToAlarm', 1, evaluationPeriods) ?? evaluationPeriods;
  const threshold = optNum(j, 'Threshold');
  if (threshold === undefined) throw new AwsError('MissingParameter', 'The parameter Threshold is required.', 400);
  const comparison = reqStr(j, 'ComparisonOperator');
  if (!COMPARISONS.includes(comparison)) throw badValue(`ComparisonOperator must be one of ${COMPARISONS.join(', ')}.`);
  const treatMissingData = optStr(j, 'TreatMissingData') ?? 'missing';
  if (!MISSING.includes(treatMissingData)) throw badValue(`TreatMissingData must be one of ${MISSING.join(', ')}.`);
  const actions = ['OKActions', 'AlarmActions', 'InsufficientDataActions'].map((k) => strList(j, k));
  for (const arn of actions.flat()) if (!/^arn:aws:[\w-]+:/.test(arn)) throw badValue(`Invalid action ARN '${arn}'.`);
  const now = ctx.core.clock.now();
  const old = state.alarms[name];
  const alarm: Alarm = {
    name, arn: `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}`, description: optStr(j, 'AlarmDescription'),
    namespace: reqStr(j, 'Namespace'), metricName: reqStr(j, 'MetricName'), dimensions: dims(j.Dimensions), statistic, period,
    evaluationPeriods, datapointsToAlarm, threshold, comparison, treatMissingData, unit: optStr(j, 'Unit'),
    actionsEnabled: j.ActionsEnabled === undefined ? true : j.ActionsEnabled === true,
    okActions: actions[0]!, alarmActions: actions[1]!, insufficientDataActions: actions[2]!,
    state: old?.state ?? 'INSUFFICIENT_DATA', stateReason: old?.stateReason ?? 'Unchecked: Initial alarm creation', stateReasonData: old?.stateReasonData,
    stateUpdated: old?.stateUpdated ?? now, stateTransitioned: old?.stateTransitioned ?? now, configUpdated: now,
    tags: { ...old?.tags, ...Object.fromEntries(((j.Tags as { Key: string; Value: string }[] | undefined) ?? []).map((t) => [t.Key, t.Value])) },
  };
  state.alarms[name] = alarm;
  addHistory(state, name, now, 'ConfigurationUpdate', `Alarm "${name}" ${old ? 'updated' : 'created'}`, { version: '1.0', type: old ? 'Update' : 'Create' });
  return {};
}

/** The JSON form of an alarm (timestamps in epoch seconds). */
export function renderAlarm(a: Alarm): unknown {
  return {
    AlarmName: a.name, AlarmArn: a.arn, AlarmDescription: a.description, AlarmConfigurationUpdatedTimestamp: secs(a.configUpdated),
    ActionsEnabled: a.actionsEnabled, OKActions: a.okActions, AlarmActions: a.alarmActions, InsufficientDataActions: a.insufficientDataActions,
    StateValue: a.state, StateReason: a.stateReason, StateReasonData: a.stateReasonData, StateUpdatedTimestamp: secs(a.stateUpdated),
    MetricName: a.metricName, Namespace: a.namespace, Statistic: a.statistic, Dimensions: a.dimensions, Period: a.period, Unit: a.unit,
    EvaluationPeriods: a.evaluationPeriods, DatapointsToAlarm: a.datapointsToAlarm, Threshold: a.threshold, ComparisonOperator: a.comparison,
    TreatMissingData: a.treatMissingData, StateTransitionedTimestamp: secs(a.stateTransitioned),
  };
}

function describe(ctx: ActionContext): unknown {
  const j = ctx.json;
  const names = strList(j, 'AlarmNames');
  const prefix = optStr(j, 'AlarmNamePrefix');
  if (names.length && prefix) throw new AwsError('InvalidParameterCombination', 'AlarmNames and AlarmNamePrefix cannot be used together.', 400);
  const stateValue = optStr(j, 'StateValue');
  if (stateValue && !STATES.includes(stateValue)) throw badValue(`StateValue must be one of ${STATES.join(', ')}.`);
  const actionPrefix = optStr(j, 'ActionPrefix');
  const types = strList(j, 'AlarmTypes');
  let items = Object.values(cwState(ctx).alarms).sort((a, b) => a.name.localeCompare(b.name));
  if (names.length) items = items.filter((a) => names.includes(a.name));
  if (prefix) items = items.filter((a) => a.name.startsWith(prefix));
  if (stateValue) items = items.filter((a) => a.state === stateValue);
  if (actionPrefix) items = items.filter((a) => [...a.alarmActions, ...a.okActions, ...a.insufficientDataActions].some((x) => x.startsWith(actionPrefix)));
  if (types.length && !types.includes('MetricAlarm')) items = [];
  const page = paginate(items, optNum(j, 'MaxRecords', 1, 100) ?? 50, optStr(j, 'NextToken'));
  return { MetricAlarms: page.items.map(renderAlarm), CompositeAlarms: [], NextToken: page.nextToken };
}

function remove(ctx: ActionContext): unknown {
  const state = cwState(ctx);
  const names = strList(ctx.json, 'AlarmNames');
  const missing = names.filter((n) => !state.alarms[n]);
  if (missing.length) throw new AwsError('ResourceNotFound', `${missing.length === 1 ? 'An alarm' : 'Alarms'} [${missing.join(', ')}] ${missing.length === 1 ? 'does' : 'do'} not exist.`, 404);
  for (const n of names) delete state.alarms[n];
  return {};
}

function setAlarmState(ctx: ActionContext): unknown {
  const state = cwState(ctx);
  const name = reqStr(ctx.json, 'AlarmName');
  const a = state.alarms[name];
  if (!a) throw new AwsError('ResourceNotFound', `Alarm ${name} does not exist.`, 404);
  const value = reqStr(ctx.json, 'StateValue');
  if (!STATES.includes(value)) throw badValue(`StateValue must be one of ${STATES.join(', ')}.`);
  const data = optStr(ctx.json, 'StateReasonData');
  if (data !== undefined) {
    try { JSON.parse(data); } catch { throw new AwsError('InvalidFormat', 'StateReasonData is not valid JSON.', 400); }
  }
  setState(ctx.core, ctx.region, state, a, value as Alarm['state'], reqStr(ctx.json, 'StateReason'), data === undefined ? undefined : JSON.parse(data));
  return {};
}

function toggle(enabled: boolean) {
  return (ctx: ActionContext): unknown => {
    const state = cwState(ctx);
    for (const n of strList(ctx.json, 'AlarmNames')) if (state.alarms[n]) state.alarms[n].actionsEnabled = enabled;
    return {};
  };
}

/** Alarm actions. */
export const alarmActions = {
  PutMetricAlarm: put, DescribeAlarms: describe, DeleteAlarms: remove, SetAlarmState: setAlarmState,
  EnableAlarmActions: toggle(true), DisableAlarmActions: toggle(false),
};
