import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloudWatchClient, PutMetricAlarmCommand, DescribeAlarmsCommand, DeleteAlarmsCommand, DescribeAlarmHistoryCommand,
  SetAlarmStateCommand, DisableAlarmActionsCommand, TagResourceCommand, UntagResourceCommand, ListTagsForResourceCommand, type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { SNSClient, CreateTopicCommand } from '@aws-sdk/client-sns';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { createNetwork, fail, runInstance, until } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let cw: CloudWatchClient;
let topic: string;
let instanceId: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  cw = new CloudWatchClient(sdkConfig(sb));
  const ec2 = new EC2Client(sdkConfig(sb));
  const net = await createNetwork(ec2);
  instanceId = await runInstance(ec2, net.subnets[0]!.id);
  topic = (await new SNSClient(sdkConfig(sb)).send(new CreateTopicCommand({ Name: 'pager' }))).TopicArn!;
});
afterAll(async () => { await sb.close(); });

const alarm = async (name: string): Promise<MetricAlarm> => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms![0]!;
const inState = (name: string, state: string) => until(async () => { const a = await alarm(name); return a.StateValue === state ? a : undefined; }, 5000, `${name} ${state}`);
interface Msg { topicArn: string; subject: string; message: string }
const messages = async (): Promise<Msg[]> => ((await control(sb.endpoint, 'GET', '/_sandbox/sns/messages')).json as { messages: Msg[] }).messages;

describe('CloudWatch alarms', () => {
  it('StatusCheckFailed alarm: OK while healthy → ALARM on instance crash (SNS notified) → OK after recovery', async () => {
    await cw.send(new PutMetricAlarmCommand({
      AlarmName: 'web-status', Namespace: 'AWS/EC2', MetricName: 'StatusCheckFailed', Dimensions: [{ Name: 'InstanceId', Value: instanceId }],
      Statistic: 'Maximum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topic], OKActions: [topic], AlarmDescription: 'instance health',
    }));
    const created = await alarm('web-status');
    expect(created.AlarmArn).toBe('arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-status');
    expect(created.AlarmConfigurationUpdatedTimestamp).toBeInstanceOf(Date);
    const ok = await inState('web-status', 'OK');
    expect(ok.StateReason).toMatch(/^Threshold Crossed: 1 out of the last 1 datapoints \[0\.0\] was not greater than or equal to the threshold \(1\.0\)/);
    const crash = (await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-crash', instanceId })).json as { id: string };
    const firing = await inState('web-status', 'ALARM');
    expect(firing.StateReason).toMatch(/\[1\.0\] was greater than or equal to the threshold \(1\.0\)/);
    expect(JSON.parse(firing.StateReasonData!).recentDatapoints).toEqual([1]);
    const sent = (await messages()).filter((m) => m.topicArn === topic);
    const last = JSON.parse(sent.at(-1)!.message);
    expect(sent.at(-1)!.subject).toBe('ALARM: "web-status" in us-east-1');
    expect(last).toMatchObject({ AlarmName: 'web-status', NewStateValue: 'ALARM', Trigger: { MetricName: 'StatusCheckFailed', Namespace: 'AWS/EC2', Threshold: 1 } });
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${crash.id}`);
    await inState('web-status', 'OK');
    const hist = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'web-status', HistoryItemType: 'StateUpdate' }));
    expect(hist.AlarmHistoryItems?.map((h) => h.HistorySummary)).toEqual(['Alarm updated from ALARM to OK', 'Alarm updated from OK to ALARM', 'Alarm updated from INSUFFICIENT_DATA to OK']);
    const actions = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'web-status', HistoryItemType: 'Action' }));
    expect(actions.AlarmHistoryItems?.[0]?.HistorySummary).toBe(`Successfully executed action ${topic}`);
  });

  it('a metric with no data is INSUFFICIENT_DATA (or breaching with TreatMissingData=breaching)', async () => {
    const base = { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'ghost' }], Statistic: 'Average' as const, Period: 60, EvaluationPeriods: 2, Threshold: 80, ComparisonOperator: 'GreaterThanThreshold' as const };
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'db-cpu', ...base }));
    await cw.send(new PutMetricAlarmCommand({ AlarmName: 'db-cpu-breach', ...base, TreatMissingData: 'breaching' }));
    expect((await alarm('db-cpu')).StateValue).toBe('INSUFFICIENT_DATA');
    expect((await alarm('db-cpu')).StateReason).toBe('Unchecked: Initial alarm creation');
    expect((await alarm('db-cpu-breach')).StateValue).toBe('ALARM');
  });

  it('filters by StateValue, prefix and names; pages; SetAlarmState; deletes; validates', async () => {
    const insufficient = await cw.send(new DescribeAlarmsCommand({ StateValue: 'INSUFFICIENT_DATA' }));
    expect(insufficient.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['db-cpu']);
    expect((await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'db-' }))).MetricAlarms?.length).toBe(2);
    const p1 = await cw.send(new DescribeAlarmsCommand({ MaxRecords: 2 }));
    expect(p1.MetricAlarms?.length).toBe(2);
    const p2 = await cw.send(new DescribeAlarmsCommand({ MaxRecords: 2, NextToken: p1.NextToken }));
    expect(p2.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['web-status']);
    await cw.send(new DisableAlarmActionsCommand({ AlarmNames: ['web-status'] }));
    const before = (await messages()).length;
    await cw.send(new SetAlarmStateCommand({ AlarmName: 'web-status', StateValue: 'ALARM', StateReason: 'drill' }));
    expect((await messages()).length).toBe(before);
    const arn = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-status';
    await cw.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'ha-architect:design', Value: 'd1' }, { Key: 'tmp', Value: 'x' }] }));
    await cw.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['tmp'] }));
    expect((await cw.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags).toEqual([{ Key: 'ha-architect:design', Value: 'd1' }]);
    expect((await fail(cw.send(new ListTagsForResourceCommand({ ResourceARN: `${arn}-gone` })))).name).toBe('ResourceNotFoundException');
    expect((await fail(cw.send(new DeleteAlarmsCommand({ AlarmNames: ['nope'] })))).name).toBe('ResourceNotFound');
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['db-cpu', 'db-cpu-breach'] }));
    expect((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms?.length).toBe(1);
    const bad = { AlarmName: 'x', Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Statistic: 'Average' as const, Period: 60, EvaluationPeriods: 1, Threshold: 1 };
    expect((await fail(cw.send(new PutMetricAlarmCommand({ ...bad, ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold' })))).name).toBe('InvalidParameterValueException');
    expect((await fail(cw.send(new PutMetricAlarmCommand({ ...bad, Period: 45, ComparisonOperator: 'GreaterThanThreshold' })))).name).toBe('InvalidParameterValueException');
    expect((await fail(cw.send(new PutMetricAlarmCommand({ ...bad, Threshold: undefined, ComparisonOperator: 'GreaterThanThreshold' })))).name).toBe('MissingRequiredParameterException');
  });
});
