// Benchmark of the Sandbox services' read paths (all lazily evaluated on read):
// DescribeTargetHealth with 200 targets, DescribeAutoScalingGroups with a
// 30-instance group (reconcile included), DescribeAlarms with 50 alarms (each
// evaluated), GetMetricData, DescribeDBInstances with 20 instances.
// Run: npx tsx bench/sandbox-services-bench.ts   (targets: median < 50 ms each)
import { RunInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client, CreateLoadBalancerCommand, CreateTargetGroupCommand, CreateListenerCommand, RegisterTargetsCommand, DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient, PutMetricAlarmCommand, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { RDSClient, CreateDBSubnetGroupCommand, CreateDBInstanceCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { startSandbox } from '../src/cloud-sim/index';
import { sdkConfig } from '../src/cloud-sim/testkit';
import { createNetwork, sleep } from './sandbox-services-fixture';

const ITER = 40;
const TARGET_MS = 50;

async function measure(name: string, fn: () => Promise<unknown>): Promise<{ name: string; median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < ITER; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name, median: times[Math.floor(ITER / 2)]!, p95: times[Math.floor(ITER * 0.95)]! };
}

const sb = await startSandbox({ port: 0, timeScale: 0.001 });
const cfg = sdkConfig(sb);
const ec2 = new EC2Client(cfg);
const elb = new ElasticLoadBalancingV2Client(cfg);
const asg = new AutoScalingClient(cfg);
const cw = new CloudWatchClient(cfg);
const rds = new RDSClient(cfg);
const net = await createNetwork(ec2);
const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'bench', Subnets: net.subnets.map((s) => s.id) }))).LoadBalancers![0]!;
const tg = (await elb.send(new CreateTargetGroupCommand({ Name: 'bench', Protocol: 'HTTP', Port: 80, VpcId: net.vpcId }))).TargetGroups![0]!;
await elb.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] }));
const ids: string[] = [];
for (const s of net.subnets) {
  const r = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', MinCount: 67, MaxCount: 67, SubnetId: s.id }));
  ids.push(...r.Instances!.map((i) => i.InstanceId!));
}
await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tg.TargetGroupArn, Targets: ids.slice(0, 200).map((Id) => ({ Id })) }));
await asg.send(new CreateAutoScalingGroupCommand({
  AutoScalingGroupName: 'bench', MinSize: 30, MaxSize: 30, VPCZoneIdentifier: net.subnets.map((s) => s.id).join(','),
  LaunchTemplate: { LaunchTemplateId: net.launchTemplateId }, TargetGroupARNs: [tg.TargetGroupArn!],
}));
for (let i = 0; i < 50; i++) {
  await cw.send(new PutMetricAlarmCommand({
    AlarmName: `a${i}`, Namespace: 'AWS/EC2', MetricName: 'StatusCheckFailed', Dimensions: [{ Name: 'InstanceId', Value: ids[i]! }],
    Statistic: 'Maximum', Period: 60, EvaluationPeriods: 2, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  }));
}
await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'data', DBSubnetGroupDescription: 'db', SubnetIds: net.subnets.map((s) => s.id) }));
for (let i = 0; i < 20; i++) {
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: `db${i}`, Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MultiAZ: i % 2 === 0, MasterUsername: 'u', MasterUserPassword: 'password123', DBSubnetGroupName: 'data' }));
}
await sleep(300);
const tgDim = tg.TargetGroupArn!.split(':').pop()!;
const results = [
  await measure('DescribeTargetHealth (200 targets)', () => elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }))),
  await measure('DescribeAutoScalingGroups (30 instances, reconcile)', () => asg.send(new DescribeAutoScalingGroupsCommand({}))),
  await measure('DescribeAlarms (50 alarms evaluated)', () => cw.send(new DescribeAlarmsCommand({}))),
  await measure('GetMetricData HealthyHostCount (230 targets)', () => cw.send(new GetMetricDataCommand({
    StartTime: new Date(Date.now() - 3_600_000), EndTime: new Date(), MetricDataQueries: [{ Id: 'h', MetricStat: { Metric: { Namespace: 'AWS/ApplicationELB', MetricName: 'HealthyHostCount', Dimensions: [{ Name: 'TargetGroup', Value: tgDim }] }, Period: 60, Stat: 'Average' } }],
  }))),
  await measure('DescribeDBInstances (20 instances)', () => rds.send(new DescribeDBInstancesCommand({}))),
];
await sb.close();
for (const r of results) {
  console.log(`${r.name.padEnd(52)} median ${r.median.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   target < ${TARGET_MS} ms ${r.median < TARGET_MS ? 'OK' : 'OVER'}`);
}
