/**
 * Alarm evaluation: the last EvaluationPeriods periods (each Period × time
 * scale long) of the alarm's metric, M-of-N breaching with TreatMissingData,
 * then state transitions with history and actions (SNS topics get the AWS
 * alarm notification JSON). Runs on reads, on fault events and on a tick.
 */
import type { SandboxCore } from '../core/service';
import { publishMessage } from '../sns/publish';
import { aggregate, observe, valuesIn } from './series';
import { cwStateOf, type Alarm, type CwRegion } from './state';

const KEEP_HISTORY = 1000;
const OPS: Record<string, [(v: number, t: number) => boolean, string]> = {
  GreaterThanOrEqualToThreshold: [(v, t) => v >= t, 'greater than or equal to'],
  GreaterThanThreshold: [(v, t) => v > t, 'greater than'],
  LessThanThreshold: [(v, t) => v < t, 'less than'],
  LessThanOrEqualToThreshold: [(v, t) => v <= t, 'less than or equal to'],
};

/** The comparison operators the Sandbox evaluates. */
export const COMPARISONS = Object.keys(OPS);

/** Appends a history item (bounded). */
export function addHistory(state: CwRegion, alarmName: string, timestamp: number, type: 'ConfigurationUpdate' | 'StateUpdate' | 'Action', summary: string, data: unknown): void {
  state.history.push({ alarmName, timestamp, type, summary, data: JSON.stringify(data) });
  if (state.history.length > KEEP_HISTORY) state.history.splice(0, state.history.length - KEEP_HISTORY);
}

function runActions(core: SandboxCore, region: string, state: CwRegion, a: Alarm, old: string, now: number): void {
  if (!a.actionsEnabled) return;
  const arns = a.state === 'ALARM' ? a.alarmActions : a.state === 'OK' ? a.okActions : a.insufficientDataActions;
  const body = JSON.stringify({
    AlarmName: a.name, AlarmDescription: a.description ?? null, AWSAccountId: core.accountId, AlarmConfigurationUpdatedTimestamp: new Date(a.configUpdated).toISOString(),
    NewStateValue: a.state, NewStateReason: a.stateReason, StateChangeTime: new Date(now).toISOString(), Region: region, AlarmArn: a.arn, OldStateValue: old,
    Trigger: { MetricName: a.metricName, Namespace: a.namespace, StatisticType: 'Statistic', Statistic: a.statistic.toUpperCase(), Unit: a.unit ?? null, Dimensions: a.dimensions.map((d) => ({ value: d.Value, name: d.Name })), Period: a.period, EvaluationPeriods: a.evaluationPeriods, DatapointsToAlarm: a.datapointsToAlarm, ComparisonOperator: a.comparison, Threshold: a.threshold, TreatMissingData: a.treatMissingData },
  });
  for (const arn of arns) {
    try {
      if (!arn.startsWith('arn:aws:sns:')) throw new Error('only SNS topic actions are simulated');
      publishMessage(core, arn.split(':')[3]!, arn, body, `${a.state}: "${a.name}" in ${region}`);
      addHistory(state, a.name, now, 'Action', `Successfully executed action ${arn}`, { actionState: 'Succeeded', stateUpdateTimestamp: now, notificationResource: arn });
    } catch (e) {
      addHistory(state, a.name, now, 'Action', `Failed to execute action ${arn}. Received error: "${(e as Error).message}"`, { actionState: 'Failed', notificationResource: arn, error: (e as Error).message });
    }
  }
}

/** Moves an alarm to a state (no-op if unchanged), with history and actions. */
export function setState(core: SandboxCore, region: string, state: CwRegion, a: Alarm, next: Alarm['state'], reason: string, reasonData?: unknown): void {
  if (a.state === next) return;
  const now = core.clock.now();
  const old = a.state;
  Object.assign(a, { state: next, stateReason: reason, stateReasonData: reasonData === undefined ? undefined : JSON.stringify(reasonData), stateUpdated: now, stateTransitioned: now });
  addHistory(state, a.name, now, 'StateUpdate', `Alarm updated from ${old} to ${next}`, {
    version: '1.0', oldState: { stateValue: old }, newState: { stateValue: next, stateReason: reason, stateReasonData: reasonData },
  });
  runActions(core, region, state, a, old, now);
}

const fmt = (v: number): string => (Number.isInteger(v) ? `${v}.0` : String(v));

/** Evaluates one alarm now. */
export function evaluateAlarm(core: SandboxCore, region: string, state: CwRegion, a: Alarm): void {
  const series = observe(core, region, state, a.namespace, a.metricName, a.dimensions, a.period);
  const now = core.clock.now();
  const p = Math.max(1, Math.round(a.period * 1000 * core.clock.scale));
  const points = Array.from({ length: a.evaluationPeriods }, (_, k) => aggregate(valuesIn(series, now - (k + 1) * p + 1, now - k * p + 1), a.statistic));
  const [test, words] = OPS[a.comparison]!;
  const treat = a.treatMissingData;
  const present = points.filter((v): v is number => v !== undefined);
  const missing = points.length - present.length;
  if (present.length === 0 && (treat === 'missing' || treat === 'ignore')) {
    if (treat === 'missing') setState(core, region, state, a, 'INSUFFICIENT_DATA', `Insufficient Data: ${missing} datapoint${missing === 1 ? ' was' : 's were'} unknown.`);
    return;
  }
  const breaching = present.filter((v) => test(v, a.threshold)).length + (treat === 'breaching' ? missing : 0);
  const fine = present.length - present.filter((v) => test(v, a.threshold)).length + (treat === 'notBreaching' ? missing : 0);
  const data = { version: '1.0', queryDate: new Date(now).toISOString(), statistic: a.statistic, period: a.period, recentDatapoints: present, threshold: a.threshold };
  const list = `[${present.map(fmt).join(', ')}]`;
  if (breaching >= a.datapointsToAlarm) {
    setState(core, region, state, a, 'ALARM', `Threshold Crossed: ${breaching} out of the last ${a.evaluationPeriods} datapoints ${list} ${breaching === 1 ? 'was' : 'were'} ${words} the threshold (${fmt(a.threshold)}) (minimum ${a.datapointsToAlarm} datapoint${a.datapointsToAlarm === 1 ? '' : 's'} for OK -> ALARM transition).`, data);
  } else if (fine > a.evaluationPeriods - a.datapointsToAlarm) {
    setState(core, region, state, a, 'OK', `Threshold Crossed: ${fine} out of the last ${a.evaluationPeriods} datapoints ${list} ${fine === 1 ? 'was' : 'were'} not ${words} the threshold (${fmt(a.threshold)}) (minimum ${a.evaluationPeriods - a.datapointsToAlarm + 1} datapoint${a.evaluationPeriods - a.datapointsToAlarm === 0 ? '' : 's'} for ALARM -> OK transition).`, data);
  }
}

/** Evaluates every alarm of a region. */
export function evaluateRegion(core: SandboxCore, region: string): void {
  const state = cwStateOf(core, region);
  for (const a of Object.values(state.alarms)) evaluateAlarm(core, region, state, a);
}

/** Evaluates every alarm of every region. */
export function evaluateAll(core: SandboxCore): void {
  for (const region of core.store.regions('cloudwatch').keys()) evaluateRegion(core, region);
}
