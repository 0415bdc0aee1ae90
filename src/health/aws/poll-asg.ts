/** Auto Scaling polls of one region: groups with their instances (50 per call) and recent scaling activities. */
import { DescribeAutoScalingGroupsCommand, DescribeScalingActivitiesCommand, type AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { sourceKey } from '../observation';
import { track, type ObsDraft } from './draft';
import { chunks, mapLimit } from './tags';

/** DescribeAutoScalingGroups by name. */
export async function pollGroups(asg: AutoScalingClient, region: string, names: readonly string[], d: ObsDraft): Promise<void> {
  await Promise.all(chunks(names, 50).map(async (batch) => {
    const r = await track(d, sourceKey.asgs(region), 'DescribeAutoScalingGroups', () =>
      asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: batch, MaxRecords: 100 })));
    for (const g of r?.AutoScalingGroups ?? []) {
      if (!g.AutoScalingGroupName) continue;
      d.asgs.set(g.AutoScalingGroupName, {
        name: g.AutoScalingGroupName, desired: g.DesiredCapacity ?? 0, min: g.MinSize ?? 0, max: g.MaxSize ?? 0,
        instances: (g.Instances ?? []).map((i) => ({ id: i.InstanceId ?? '?', az: i.AvailabilityZone, lifecycle: i.LifecycleState ?? 'unknown', health: i.HealthStatus ?? 'unknown' })),
      });
    }
  }));
}

/** DescribeScalingActivities of each group started after `since` (timeline only). */
export async function pollActivities(asg: AutoScalingClient, region: string, names: readonly string[], since: Date, d: ObsDraft): Promise<void> {
  await mapLimit(names, 4, async (name) => {
    const r = await track(d, `asg-activities:${region}`, 'DescribeScalingActivities', () =>
      asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: name, MaxRecords: 20 })));
    for (const a of r?.Activities ?? []) {
      if (!a.ActivityId || !a.StartTime || a.StartTime < since) continue;
      d.activities.push({
        id: a.ActivityId, asgName: name, description: a.Description ?? '', cause: a.Cause,
        status: a.StatusCode ?? 'unknown', start: a.StartTime.toISOString(),
      });
    }
  });
}
