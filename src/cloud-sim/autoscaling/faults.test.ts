import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand, DescribeScalingActivitiesCommand,
  AttachLoadBalancerTargetGroupsCommand, DetachLoadBalancerTargetGroupsCommand, type AutoScalingGroup,
} from '@aws-sdk/client-auto-scaling';
import { EC2Client } from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client, CreateLoadBalancerCommand, CreateTargetGroupCommand, CreateListenerCommand,
  ModifyLoadBalancerAttributesCommand, DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { createNetwork, until, type Network } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let asg: AutoScalingClient;
let elb: ElasticLoadBalancingV2Client;
let net: Network;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  asg = new AutoScalingClient(sdkConfig(sb));
  elb = new ElasticLoadBalancingV2Client(sdkConfig(sb));
  net = await createNetwork(new EC2Client(sdkConfig(sb)));
});
afterAll(async () => { await sb.close(); });

const group = async (name: string): Promise<AutoScalingGroup> =>
  (await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }))).AutoScalingGroups![0]!;
const settled = (name: string, n: number, ok: (g: AutoScalingGroup) => boolean = () => true) => until(async () => {
  const g = await group(name);
  const healthy = g.Instances!.filter((i) => i.LifecycleState === 'InService' && i.HealthStatus === 'Healthy');
  return healthy.length === n && g.Instances!.length === n && ok(g) ? g : undefined;
}, 8000, `${n} healthy InService instances in ${name}`);
const count = (g: AutoScalingGroup, az: string): number => g.Instances!.filter((i) => i.AvailabilityZone === az).length;
const fault = async (spec: object): Promise<string> => ((await control(sb.endpoint, 'POST', '/_sandbox/faults', spec)).json as { id: string }).id;

describe('Auto Scaling under faults', () => {
  it('replaces instances of a failed AZ in the other AZs, then rebalances when the AZ returns', async () => {
    await asg.send(new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: 'app', MinSize: 3, MaxSize: 6, DesiredCapacity: 3, VPCZoneIdentifier: net.subnets.map((s) => s.id).join(','),
      LaunchTemplate: { LaunchTemplateName: net.launchTemplateName },
    }));
    const before = await settled('app', 3);
    const lost = before.Instances!.find((i) => i.AvailabilityZone === 'us-east-1a')!.InstanceId!;
    const id = await fault({ kind: 'az-down', az: 'us-east-1a' });
    const during = await settled('app', 3, (g) => count(g, 'us-east-1a') === 0);
    expect(count(during, 'us-east-1b') + count(during, 'us-east-1c')).toBe(3);
    const acts = (await asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'app' }))).Activities!;
    const term = acts.find((a) => a.Description === `Terminating EC2 instance: ${lost} (unhealthy)`);
    expect(term?.Cause).toMatch(/EC2 instance status check failure/);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${id}`);
    const after = await settled('app', 3, (g) => count(g, 'us-east-1a') === 1 && count(g, 'us-east-1b') === 1);
    expect(count(after, 'us-east-1c')).toBe(1);
    const acts2 = (await asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'app' }))).Activities!;
    expect(acts2.some((a) => /rebalancing/.test(a.Cause!))).toBe(true);
  });

  it('launches nothing while every AZ of the group is down, and records the failed launch', async () => {
    await asg.send(new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: 'solo', MinSize: 1, MaxSize: 1, VPCZoneIdentifier: net.subnets[2]!.id, LaunchTemplate: { LaunchTemplateId: net.launchTemplateId },
    }));
    await settled('solo', 1);
    const id = await fault({ kind: 'az-down', az: 'us-east-1c' });
    await until(async () => (await group('solo')).Instances!.length === 0, 5000, 'impaired instance gone');
    const acts = (await asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'solo' }))).Activities!;
    expect(acts[0]?.StatusCode).toBe('Failed');
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${id}`);
    await settled('solo', 1);
  });

  it('HealthCheckType ELB replaces an instance the load balancer marks unhealthy although EC2 is fine', async () => {
    const nlb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'nlb', Type: 'network', Subnets: [net.subnets[0]!.id] }))).LoadBalancers![0]!;
    await elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: nlb.LoadBalancerArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] }));
    const tg = (await elb.send(new CreateTargetGroupCommand({
      Name: 'tcp', Protocol: 'TCP', Port: 80, VpcId: net.vpcId, HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2, HealthyThresholdCount: 2, UnhealthyThresholdCount: 2,
    }))).TargetGroups![0]!;
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: nlb.LoadBalancerArn, Port: 80, Protocol: 'TCP', DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] }));
    await asg.send(new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: 'elb', MinSize: 1, MaxSize: 2, VPCZoneIdentifier: net.subnets[1]!.id, LaunchTemplate: { LaunchTemplateId: net.launchTemplateId },
      HealthCheckType: 'ELB', HealthCheckGracePeriod: 10,
    }));
    await asg.send(new AttachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: 'elb', TargetGroupARNs: [tg.TargetGroupArn!] }));
    const first = (await settled('elb', 1)).Instances![0]!.InstanceId!;
    await until(async () => {
      const h = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
      return h.TargetHealthDescriptions?.[0]?.TargetHealth?.State === 'healthy';
    }, 5000, 'target healthy');
    const id = await fault({ kind: 'az-down', az: 'us-east-1a' });
    const g = await settled('elb', 1, (x) => x.Instances![0]!.InstanceId !== first);
    expect(g.Instances![0]!.AvailabilityZone).toBe('us-east-1b');
    const acts = (await asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'elb' }))).Activities!;
    expect(acts.find((a) => a.Description === `Terminating EC2 instance: ${first} (unhealthy)`)?.Cause).toMatch(/ELB system health check failure/);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${id}`);
    await asg.send(new DetachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: 'elb', TargetGroupARNs: [tg.TargetGroupArn!] }));
    const h = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
    expect(h.TargetHealthDescriptions?.every((d) => d.TargetHealth?.State === 'draining')).toBe(true);
  });
});
