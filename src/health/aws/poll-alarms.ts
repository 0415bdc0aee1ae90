/** CloudWatch polls of one region: alarm states (100 names per call). */
import { DescribeAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { sourceKey } from '../observation';
import { track, type ObsDraft } from './draft';
import { chunks } from './tags';

/** DescribeAlarms by name. */
export async function pollAlarms(cw: CloudWatchClient, region: string, names: readonly string[], d: ObsDraft): Promise<void> {
  await Promise.all(chunks(names, 100).map(async (batch) => {
    const r = await track(d, sourceKey.alarms(region), 'DescribeAlarms', () => cw.send(new DescribeAlarmsCommand({ AlarmNames: batch, MaxRecords: 100 })));
    for (const a of r?.MetricAlarms ?? []) {
      if (!a.AlarmName) continue;
      d.alarms.set(a.AlarmName, { name: a.AlarmName, state: a.StateValue ?? 'INSUFFICIENT_DATA', reason: a.StateReason, updated: a.StateUpdatedTimestamp?.toISOString() });
    }
  }));
}
