import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand, UpdateAutoScalingGroupCommand,
  DeleteAutoScalingGroupCommand, DescribeAutoScalingInstancesCommand, SetDesiredCapacityCommand, DescribeScalingActivitiesCommand,
  TerminateInstanceInAutoScalingGroupCommand, CreateOrUpdateTagsCommand, DescribeTagsCommand, DeleteTagsCommand, SetInstanceHealthCommand,
  type AutoScalingGroup,
} from '@aws-sdk/client-auto-scaling';
import { EC2Client, DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import {
  ElasticLoadBalancingV2Client, CreateTargetGroupCommand, DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { createNetwork, fail, until, type Network } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let asg: AutoScalingClient;
let ec2: EC2Client;
let elb: ElasticLoadBalancingV2Client;
let net: Network;
let tgArn: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  asg = new AutoScalingClient(sdkConfig(sb));
  ec2 = new EC2Client(sdkConfig(sb));
  elb = new ElasticLoadBalancingV2Client(sdkConfig(sb));
  net = await createNetwork(ec2);
  tgArn = (await elb.send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: net.vpcId }))).TargetGroups![0]!.TargetGroupArn!;
});
afterAll(async () => { await sb.close(); });

const group = async (name: string): Promise<AutoScalingGroup | undefined> =>
  (await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }))).AutoScalingGroups?.[0];
const inService = (name: string, n: number) => until(async () => {
  const g = await group(name);
  const ok = g?.Instances?.filter((i) => i.LifecycleState === 'InService' && i.HealthStatus === 'Healthy') ?? [];
  return ok.length === n && g!.Instances!.length === n ? g : undefined;
}, 5000, `${n} InService instances in ${name}`);
const zones = (g: AutoScalingGroup): string[] => g.Instances!.map((i) => i.AvailabilityZone!).sort();

describe('Auto Scaling groups', () => {
  it('launches desired capacity spread over the AZs, tagged, registered with the target group', async () => {
    await asg.send(new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: 'web', MinSize: 1, MaxSize: 6, DesiredCapacity: 3, VPCZoneIdentifier: net.subnets.map((s) => s.id).join(','),
      LaunchTemplate: { LaunchTemplateId: net.launchTemplateId, Version: '$Latest' }, TargetGroupARNs: [tgArn], HealthCheckType: 'EC2',
      Tags: [{ Key: 'ha-architect:design', Value: 'd1', PropagateAtLaunch: true }, { Key: 'team', Value: 'ops', PropagateAtLaunch: false }],
    }));
    const first = await group('web');
    expect(first?.AutoScalingGroupARN).toMatch(/^arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName\/web$/);
    expect(first?.Instances?.every((i) => i.LifecycleState === 'Pending')).toBe(true);
    const g = await inService('web', 3);
    expect(zones(g)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const ids = g.Instances!.map((i) => i.InstanceId!);
    const d = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ids }));
    for (const inst of d.Reservations!.flatMap((r) => r.Instances!)) {
      expect(inst.Tags).toEqual(expect.arrayContaining([{ Key: 'ha-architect:design', Value: 'd1' }, { Key: 'aws:autoscaling:groupName', Value: 'web' }]));
      expect(inst.Tags?.some((t) => t.Key === 'team')).toBe(false);
      expect(inst.InstanceType).toBe('t3.micro');
    }
    const th = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
    expect(th.TargetHealthDescriptions?.map((t) => t.Target!.Id).sort()).toEqual([...ids].sort());
    const acts = await asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'web' }));
    expect(acts.Activities?.filter((a) => /^Launching a new EC2 instance: i-[0-9a-f]{17}$/.test(a.Description!)).length).toBe(3);
    expect(acts.Activities?.every((a) => a.StatusCode === 'Successful')).toBe(true);
    const byTag = (v: string) => asg.send(new DescribeAutoScalingGroupsCommand({ Filters: [{ Name: 'tag:ha-architect:design', Values: [v] }] }));
    expect((await byTag('d1')).AutoScalingGroups?.map((x) => x.AutoScalingGroupName)).toEqual(['web']);
    expect((await byTag('d2')).AutoScalingGroups).toEqual([]);
    const ai = await asg.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [ids[0]!] }));
    expect(ai.AutoScalingInstances?.[0]).toMatchObject({ AutoScalingGroupName: 'web', LifecycleState: 'InService', HealthStatus: 'HEALTHY' });
  });

  it('validates: duplicate name, min > max, desired out of range, unknown launch template / target group / subnet', async () => {
    const base = { MinSize: 1, MaxSize: 2, VPCZoneIdentifier: net.subnets[0]!.id, LaunchTemplate: { LaunchTemplateId: net.launchTemplateId } };
    expect((await fail(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'web', ...base })))).name).toBe('AlreadyExistsFault');
    expect((await fail(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'x', ...base, MinSize: 3 })))).name).toBe('ValidationError');
    expect((await fail(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'x', ...base, DesiredCapacity: 5 })))).name).toBe('ValidationError');
    expect((await fail(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'x', ...base, LaunchTemplate: { LaunchTemplateId: 'lt-00000000000000000' } })))).message).toMatch(/launch template/);
    expect((await fail(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'x', ...base, TargetGroupARNs: [`${tgArn}0`] })))).message).toMatch(/Target Groups/);
    expect((await fail(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'x', ...base, VPCZoneIdentifier: 'subnet-00000000000000000' })))).name).toBe('ValidationError');
    expect((await fail(asg.send(new SetDesiredCapacityCommand({ AutoScalingGroupName: 'web', DesiredCapacity: 7 })))).name).toBe('ValidationError');
  });

  it('scales out and in with SetDesiredCapacity, terminating from the AZ with most instances', async () => {
    await asg.send(new SetDesiredCapacityCommand({ AutoScalingGroupName: 'web', DesiredCapacity: 5 }));
    const g5 = await inService('web', 5);
    const per = (g: AutoScalingGroup) => Object.values(g.Instances!.reduce<Record<string, number>>((m, i) => ({ ...m, [i.AvailabilityZone!]: (m[i.AvailabilityZone!] ?? 0) + 1 }), {})).sort();
    expect(per(g5)).toEqual([1, 2, 2]);
    await asg.send(new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: 'web', DesiredCapacity: 3 }));
    const g3 = await inService('web', 3);
    expect(zones(g3)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
  });

  it('replaces an instance terminated through the API (no decrement) and a user-marked unhealthy one', async () => {
    const before = (await group('web'))!.Instances!.map((i) => i.InstanceId!);
    const t = await asg.send(new TerminateInstanceInAutoScalingGroupCommand({ InstanceId: before[0], ShouldDecrementDesiredCapacity: false }));
    expect(t.Activity?.Description).toBe(`Terminating EC2 instance: ${before[0]}`);
    await asg.send(new SetInstanceHealthCommand({ InstanceId: before[1], HealthStatus: 'Unhealthy' }));
    const g = await until(async () => {
      const x = await inService('web', 3);
      return x.Instances!.every((i) => i.InstanceId !== before[0] && i.InstanceId !== before[1]) ? x : undefined;
    });
    expect(zones(g)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const acts = (await asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'web' }))).Activities!;
    expect(acts.some((a) => a.Description === `Terminating EC2 instance: ${before[1]} (unhealthy)`)).toBe(true);
    expect((await fail(asg.send(new TerminateInstanceInAutoScalingGroupCommand({ InstanceId: 'i-00000000000000000', ShouldDecrementDesiredCapacity: true })))).name).toBe('ValidationError');
  });

  it('manages tags: create/update, describe with filters, delete', async () => {
    await asg.send(new CreateOrUpdateTagsCommand({ Tags: [{ ResourceId: 'web', ResourceType: 'auto-scaling-group', Key: 'env', Value: 'prod', PropagateAtLaunch: true }] }));
    const d = await asg.send(new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['env'] }] }));
    expect(d.Tags).toEqual([{ ResourceId: 'web', ResourceType: 'auto-scaling-group', Key: 'env', Value: 'prod', PropagateAtLaunch: true }]);
    await asg.send(new DeleteTagsCommand({ Tags: [{ ResourceId: 'web', ResourceType: 'auto-scaling-group', Key: 'env' }] }));
    expect((await asg.send(new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['env'] }] }))).Tags).toEqual([]);
  });

  it('refuses to delete a group with instances unless ForceDelete; force terminates them, then the group is gone', async () => {
    expect((await fail(asg.send(new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: 'web' })))).name).toBe('ResourceInUseFault');
    const ids = (await group('web'))!.Instances!.map((i) => i.InstanceId!);
    await asg.send(new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: 'web', ForceDelete: true }));
    expect((await group('web'))?.Status).toBe('Delete in progress');
    await until(async () => (await group('web')) === undefined, 5000, 'group deleted');
    const d = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ids }));
    expect(d.Reservations!.flatMap((r) => r.Instances!).every((i) => i.State?.Name === 'terminated')).toBe(true);
  });
});
