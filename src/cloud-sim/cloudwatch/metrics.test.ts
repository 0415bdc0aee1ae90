import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchClient, GetMetricDataCommand, GetMetricStatisticsCommand, type Dimension } from '@aws-sdk/client-cloudwatch';
import {
  EC2Client, CreateCustomerGatewayCommand, CreateVpnGatewayCommand, CreateVpnConnectionCommand, DescribeCustomerGatewaysCommand,
} from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client, CreateLoadBalancerCommand, CreateTargetGroupCommand, CreateListenerCommand, RegisterTargetsCommand,
  ModifyLoadBalancerAttributesCommand, DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import { RDSClient, CreateDBSubnetGroupCommand, CreateDBInstanceCommand, CreateDBInstanceReadReplicaCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { createNetwork, runInstance, until, type Network } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let cw: CloudWatchClient;
let ec2: EC2Client;
let net: Network;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  cw = new CloudWatchClient(sdkConfig(sb));
  ec2 = new EC2Client(sdkConfig(sb));
  net = await createNetwork(ec2);
});
afterAll(async () => { await sb.close(); });

// Each check uses its own Period: a period is its own series, so earlier states of the same metric do not mix into the datapoint.
async function latest(namespace: string, name: string, dims: Dimension[], period: number, stat = 'Maximum'): Promise<number | undefined> {
  const now = Date.now();
  const r = await cw.send(new GetMetricDataCommand({
    StartTime: new Date(now - 600_000), EndTime: new Date(now + period * 1000),
    MetricDataQueries: [{ Id: 'm', MetricStat: { Metric: { Namespace: namespace, MetricName: name, Dimensions: dims }, Period: period, Stat: stat } }],
  }));
  const res = r.MetricDataResults![0]!;
  expect(res.StatusCode).toBe('Complete');
  return res.Values?.[0];
}

describe('CloudWatch metrics from Sandbox state', () => {
  it('ELB: healthy/unhealthy host counts; 5xx share without cross-zone, none with it, all when every reachable node is gone', async () => {
    const elb = new ElasticLoadBalancingV2Client(sdkConfig(sb));
    const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'web', Subnets: [net.subnets[0]!.id, net.subnets[1]!.id] }))).LoadBalancers![0]!;
    const tg = (await elb.send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: net.vpcId, HealthCheckIntervalSeconds: 5, HealthyThresholdCount: 2 }))).TargetGroups![0]!;
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] }));
    const a = await runInstance(ec2, net.subnets[0]!.id);
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: a }] }));
    await until(async () => (await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }))).TargetHealthDescriptions?.[0]?.TargetHealth?.State === 'healthy');
    const lbDim = { Name: 'LoadBalancer', Value: lb.LoadBalancerArn!.split(':loadbalancer/')[1]! };
    const tgDim = { Name: 'TargetGroup', Value: tg.TargetGroupArn!.split(':').pop()! };
    expect(lbDim.Value).toMatch(/^app\/web\/[0-9a-f]{16}$/);
    expect(await latest('AWS/ApplicationELB', 'HealthyHostCount', [tgDim, lbDim], 60)).toBe(1);
    expect(await latest('AWS/ApplicationELB', 'UnHealthyHostCount', [tgDim, lbDim], 60)).toBe(0);
    expect(await latest('AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', [lbDim], 60, 'Sum')).toBe(0);
    await elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'false' }] }));
    expect(await latest('AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', [lbDim], 120, 'Sum')).toBe(600);
    await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1a' });
    expect(await latest('AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', [lbDim], 180, 'Sum')).toBe(1800);
    await control(sb.endpoint, 'DELETE', '/_sandbox/faults');
  });

  it('EC2 CPU and status checks, Auto Scaling in-service count (GetMetricStatistics)', async () => {
    const asg = new AutoScalingClient(sdkConfig(sb));
    await asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'g', MinSize: 2, MaxSize: 2, VPCZoneIdentifier: net.subnets.map((s) => s.id).join(','), LaunchTemplate: { LaunchTemplateId: net.launchTemplateId } }));
    const g = await until(async () => { const x = (await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['g'] }))).AutoScalingGroups![0]!; return x.Instances!.every((i) => i.LifecycleState === 'InService') ? x : undefined; });
    const now = Date.now();
    const s = await cw.send(new GetMetricStatisticsCommand({
      Namespace: 'AWS/AutoScaling', MetricName: 'GroupInServiceInstances', Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'g' }],
      StartTime: new Date(now - 60_000), EndTime: new Date(now + 60_000), Period: 60, Statistics: ['Maximum', 'Minimum'],
    }));
    expect(s.Datapoints?.at(-1)).toMatchObject({ Maximum: 2, Minimum: 2 });
    const id = g.Instances![0]!.InstanceId!;
    const cpu = await latest('AWS/EC2', 'CPUUtilization', [{ Name: 'InstanceId', Value: id }], 60);
    expect(cpu).toBeGreaterThanOrEqual(20);
    expect(cpu).toBeLessThan(40);
    expect(await latest('AWS/EC2', 'StatusCheckFailed', [{ Name: 'InstanceId', Value: id }], 60)).toBe(0);
    expect(await latest('AWS/EC2', 'CPUUtilization', [{ Name: 'InstanceId', Value: 'i-00000000000000000' }], 60)).toBeUndefined();
  });

  it('RDS CPU, connections and replica lag; VPN tunnel state follows tunnel faults', async () => {
    const rds = new RDSClient(sdkConfig(sb));
    await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'data', DBSubnetGroupDescription: 'db', SubnetIds: net.subnets.map((x) => x.id) }));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'db1', Engine: 'postgres', DBInstanceClass: 'db.t3.micro', MasterUsername: 'u', MasterUserPassword: 'password123', DBSubnetGroupName: 'data' }));
    const ready = (id: string) => until(async () => (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0]!.DBInstanceStatus === 'available');
    await ready('db1');
    await rds.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: 'db1-ro', SourceDBInstanceIdentifier: 'db1' }));
    await ready('db1-ro');
    const d = (id: string) => [{ Name: 'DBInstanceIdentifier', Value: id }];
    const cpu = await latest('AWS/RDS', 'CPUUtilization', d('db1'), 60);
    expect(cpu).toBeGreaterThanOrEqual(10);
    expect(await latest('AWS/RDS', 'DatabaseConnections', d('db1'), 60)).toBeGreaterThanOrEqual(5);
    expect(await latest('AWS/RDS', 'ReplicaLag', d('db1-ro'), 60)).toBe(0);
    expect(await latest('AWS/RDS', 'ReplicaLag', d('db1'), 60)).toBeUndefined();
    await ec2.send(new CreateCustomerGatewayCommand({ BgpAsn: 65000, IpAddress: '203.0.113.10', Type: 'ipsec.1' }));
    const cgw = await until(async () => (await ec2.send(new DescribeCustomerGatewaysCommand({}))).CustomerGateways?.find((c) => c.State === 'available'));
    const vgw = (await ec2.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }))).VpnGateway!;
    const vpn = (await ec2.send(new CreateVpnConnectionCommand({ Type: 'ipsec.1', CustomerGatewayId: cgw.CustomerGatewayId, VpnGatewayId: vgw.VpnGatewayId }))).VpnConnection!;
    const vd = [{ Name: 'VpnId', Value: vpn.VpnConnectionId! }];
    await until(async () => (await latest('AWS/VPN', 'TunnelState', vd, 60)) === 1, 5000, 'tunnels up');
    await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'tunnel-down', vpnConnectionId: vpn.VpnConnectionId, tunnel: 1 });
    expect(await latest('AWS/VPN', 'TunnelState', vd, 120)).toBe(0.5);
  });
});
