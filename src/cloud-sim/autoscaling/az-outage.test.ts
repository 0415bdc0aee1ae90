import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand, type AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient, PutMetricAlarmCommand, DescribeAlarmHistoryCommand, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client, CreateLoadBalancerCommand, CreateTargetGroupCommand, CreateListenerCommand, DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { RDSClient, CreateDBSubnetGroupCommand, CreateDBInstanceCommand, DescribeDBInstancesCommand, type DBInstance } from '@aws-sdk/client-rds';
import { SNSClient, CreateTopicCommand } from '@aws-sdk/client-sns';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { createNetwork, until } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let asg: AutoScalingClient;
let elb: ElasticLoadBalancingV2Client;
let rds: RDSClient;
let cw: CloudWatchClient;
let tgArn: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  const cfg = sdkConfig(sb);
  asg = new AutoScalingClient(cfg);
  elb = new ElasticLoadBalancingV2Client(cfg);
  rds = new RDSClient(cfg);
  cw = new CloudWatchClient(cfg);
  const net = await createNetwork(new EC2Client(cfg));
  const subnets = net.subnets.map((s) => s.id);
  const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'shop', Subnets: subnets }))).LoadBalancers![0]!;
  tgArn = (await elb.send(new CreateTargetGroupCommand({ Name: 'shop', Protocol: 'HTTP', Port: 80, VpcId: net.vpcId, HealthCheckIntervalSeconds: 10, HealthyThresholdCount: 3, UnhealthyThresholdCount: 2 }))).TargetGroups![0]!.TargetGroupArn!;
  await elb.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }));
  await asg.send(new CreateAutoScalingGroupCommand({
    AutoScalingGroupName: 'shop', MinSize: 3, MaxSize: 6, VPCZoneIdentifier: subnets.join(','), LaunchTemplate: { LaunchTemplateId: net.launchTemplateId },
    TargetGroupARNs: [tgArn], HealthCheckType: 'ELB', HealthCheckGracePeriod: 10,
  }));
  await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'shop', DBSubnetGroupDescription: 'db', SubnetIds: subnets }));
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'shop', Engine: 'postgres', DBInstanceClass: 'db.t3.micro', MultiAZ: true, MasterUsername: 'u', MasterUserPassword: 'password123', DBSubnetGroupName: 'shop' }));
  const topic = (await new SNSClient(cfg).send(new CreateTopicCommand({ Name: 'oncall' }))).TopicArn!;
  await cw.send(new PutMetricAlarmCommand({
    AlarmName: 'shop-capacity', Namespace: 'AWS/ApplicationELB', MetricName: 'HealthyHostCount', Dimensions: [{ Name: 'TargetGroup', Value: tgArn.split(':').pop()! }],
    Statistic: 'Minimum', Period: 10, EvaluationPeriods: 1, Threshold: 3, ComparisonOperator: 'LessThanThreshold', AlarmActions: [topic], OKActions: [topic],
  }));
});
afterAll(async () => { await sb.close(); });

const group = async (): Promise<AutoScalingGroup> => (await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['shop'] }))).AutoScalingGroups![0]!;
const db = async (): Promise<DBInstance> => (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'shop' }))).DBInstances![0]!;
const healthyIn = async (): Promise<string[]> => {
  const h = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
  const azOf = new Map((await group()).Instances!.map((i) => [i.InstanceId!, i.AvailabilityZone!]));
  return h.TargetHealthDescriptions!.filter((d) => d.TargetHealth?.State === 'healthy').map((d) => azOf.get(d.Target!.Id!) ?? '?').sort();
};

describe('rehearsal: an AZ outage across ELB, Auto Scaling, RDS, CloudWatch and SNS', () => {
  it('loses us-east-1a, recovers capacity in b/c, fails the DB over, alarms and clears; rebalances when a returns', async () => {
    await until(async () => (await healthyIn()).join() === 'us-east-1a,us-east-1b,us-east-1c', 8000, 'three healthy targets');
    await until(async () => (await db()).DBInstanceStatus === 'available', 5000, 'db available');
    await until(async () => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['shop-capacity'] }))).MetricAlarms![0]!.StateValue === 'OK', 5000, 'alarm OK');
    const primary = (await db()).AvailabilityZone!;
    expect(primary).toBe('us-east-1a');
    const outage = (await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1a' })).json as { id: string };
    await until(async () => { const h = await healthyIn(); return h.length === 3 && !h.includes('us-east-1a'); }, 8000, 'capacity back in b and c');
    const failedOver = await until(async () => { const d = await db(); return d.DBInstanceStatus === 'available' && d.AvailabilityZone !== primary ? d : undefined; }, 8000, 'db failed over');
    expect(failedOver.SecondaryAvailabilityZone).not.toBe('us-east-1a');
    const summaries = await until(async () => {
      const h = (await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'shop-capacity', HistoryItemType: 'StateUpdate', ScanBy: 'TimestampAscending' }))).AlarmHistoryItems!.map((x) => x.HistorySummary!);
      const fired = h.indexOf('Alarm updated from OK to ALARM');
      return fired >= 0 && h.indexOf('Alarm updated from ALARM to OK', fired) > fired ? h : undefined;
    }, 5000, 'alarm fired and cleared');
    expect(summaries.slice(-2)).toEqual(['Alarm updated from OK to ALARM', 'Alarm updated from ALARM to OK']);
    const sent = ((await control(sb.endpoint, 'GET', '/_sandbox/sns/messages')).json as { messages: { subject: string }[] }).messages.map((m) => m.subject);
    expect(sent).toEqual(expect.arrayContaining(['ALARM: "shop-capacity" in us-east-1', 'OK: "shop-capacity" in us-east-1']));
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${outage.id}`);
    await until(async () => (await healthyIn()).join() === 'us-east-1a,us-east-1b,us-east-1c', 8000, 'rebalanced into us-east-1a');
  });
});
