/** Finds a design's ELB, RDS, Auto Scaling, CloudWatch and SNS resources in one region by their ownership tags. */
import { DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import { DescribeAlarmsCommand, ListTagsForResourceCommand as CwTags } from '@aws-sdk/client-cloudwatch';
import { DescribeLoadBalancersCommand, DescribeTagsCommand, DescribeTargetGroupsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { ListTagsForResourceCommand as SnsTags, ListTopicsCommand } from '@aws-sdk/client-sns';
import type { NodeKind } from '../../model';
import type { RegionClients } from './clients';
import { job, type Found, type KindResult } from './discover-ec2';
import { chunks, designFilter, mapLimit, nodeIdOf } from './tags';

async function elbTagged(c: RegionClients, designId: string, kind: NodeKind, arns: string[]): Promise<Found[]> {
  const out: Found[] = [];
  for (const batch of chunks(arns, 20)) {
    const r = await c.elb.send(new DescribeTagsCommand({ ResourceArns: batch }));
    for (const d of r.TagDescriptions ?? []) {
      const nodeId = nodeIdOf(d.Tags, designId);
      if (nodeId && d.ResourceArn) out.push({ nodeId, kind, id: d.ResourceArn });
    }
  }
  return out;
}

async function loadBalancers(c: RegionClients, designId: string): Promise<Found[]> {
  const arns: string[] = [];
  let Marker: string | undefined;
  do {
    const r = await c.elb.send(new DescribeLoadBalancersCommand({ Marker, PageSize: 400 }));
    arns.push(...(r.LoadBalancers ?? []).flatMap((l) => (l.LoadBalancerArn ? [l.LoadBalancerArn] : [])));
    Marker = r.NextMarker;
  } while (Marker);
  return elbTagged(c, designId, 'loadBalancer', arns);
}

async function targetGroups(c: RegionClients, designId: string): Promise<Found[]> {
  const arns: string[] = [];
  let Marker: string | undefined;
  do {
    const r = await c.elb.send(new DescribeTargetGroupsCommand({ Marker, PageSize: 400 }));
    arns.push(...(r.TargetGroups ?? []).flatMap((t) => (t.TargetGroupArn ? [t.TargetGroupArn] : [])));
    Marker = r.NextMarker;
  } while (Marker);
  return elbTagged(c, designId, 'targetGroup', arns);
}

async function databases(c: RegionClients, designId: string): Promise<Found[]> {
  const out: Found[] = [];
  let Marker: string | undefined;
  do {
    const r = await c.rds.send(new DescribeDBInstancesCommand({ Marker, MaxRecords: 100 }));
    for (const d of r.DBInstances ?? []) {
      const nodeId = nodeIdOf(d.TagList, designId);
      if (nodeId && d.DBInstanceIdentifier) out.push({ nodeId, kind: 'database', id: d.DBInstanceIdentifier, gone: d.DBInstanceStatus === 'deleting' });
    }
    Marker = r.Marker;
  } while (Marker);
  return out;
}

async function groups(c: RegionClients, designId: string): Promise<Found[]> {
  const out: Found[] = [];
  let NextToken: string | undefined;
  do {
    const r = await c.asg.send(new DescribeAutoScalingGroupsCommand({ Filters: designFilter(designId), NextToken, MaxRecords: 100 }));
    for (const g of r.AutoScalingGroups ?? []) {
      const nodeId = nodeIdOf(g.Tags?.map((t) => ({ Key: t.Key, Value: t.Value })), designId);
      if (nodeId && g.AutoScalingGroupName) out.push({ nodeId, kind: 'autoScalingGroup', id: g.AutoScalingGroupName, gone: g.Status === 'Delete in progress' });
    }
    NextToken = r.NextToken;
  } while (NextToken);
  return out;
}

async function alarms(c: RegionClients, designId: string): Promise<Found[]> {
  const list: { name: string; arn: string }[] = [];
  let NextToken: string | undefined;
  do {
    const r = await c.cw.send(new DescribeAlarmsCommand({ NextToken, MaxRecords: 100 }));
    list.push(...(r.MetricAlarms ?? []).flatMap((a) => (a.AlarmName && a.AlarmArn ? [{ name: a.AlarmName, arn: a.AlarmArn }] : [])));
    NextToken = r.NextToken;
  } while (NextToken);
  const tagged = await mapLimit(list, 8, async (a) => {
    const r = await c.cw.send(new CwTags({ ResourceARN: a.arn }));
    const nodeId = nodeIdOf(r.Tags, designId);
    return nodeId ? [{ nodeId, kind: 'alarm' as const, id: a.name }] : [];
  });
  return tagged.flat();
}

async function topics(c: RegionClients, designId: string): Promise<Found[]> {
  const arns: string[] = [];
  let NextToken: string | undefined;
  do {
    const r = await c.sns.send(new ListTopicsCommand({ NextToken }));
    arns.push(...(r.Topics ?? []).flatMap((t) => (t.TopicArn ? [t.TopicArn] : [])));
    NextToken = r.NextToken;
  } while (NextToken);
  const tagged = await mapLimit(arns, 8, async (arn) => {
    const nodeId = nodeIdOf((await c.sns.send(new SnsTags({ ResourceArn: arn }))).Tags, designId);
    return nodeId ? [{ nodeId, kind: 'topic' as const, id: arn }] : [];
  });
  return tagged.flat();
}

/** Discovers the non-EC2 resources of the kinds asked for. */
export async function discoverServices(c: RegionClients, designId: string, kinds: ReadonlySet<NodeKind>): Promise<KindResult[]> {
  const table: [NodeKind, (c: RegionClients, designId: string) => Promise<Found[]>][] = [
    ['loadBalancer', loadBalancers], ['targetGroup', targetGroups], ['database', databases],
    ['autoScalingGroup', groups], ['alarm', alarms], ['topic', topics],
  ];
  return Promise.all(table.filter(([k]) => kinds.has(k)).map(([k, run]) => job(k, () => run(c, designId))));
}
