import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ElasticLoadBalancingV2Client, CreateLoadBalancerCommand, CreateTargetGroupCommand, DescribeTargetGroupsCommand,
  ModifyTargetGroupCommand, DeleteTargetGroupCommand, DescribeTargetGroupAttributesCommand, ModifyTargetGroupAttributesCommand,
  CreateListenerCommand, DescribeListenersCommand, ModifyListenerCommand, DeleteListenerCommand, RegisterTargetsCommand,
  DeregisterTargetsCommand, DescribeTargetHealthCommand, waitUntilTargetInService, waitUntilTargetDeregistered,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { EC2Client, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { createNetwork, fail, runInstance, sleep, until, type Network } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let elb: ElasticLoadBalancingV2Client;
let ec2: EC2Client;
let net: Network;
let lbArn: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  elb = new ElasticLoadBalancingV2Client(sdkConfig(sb));
  ec2 = new EC2Client(sdkConfig(sb));
  net = await createNetwork(ec2);
  const lb = await elb.send(new CreateLoadBalancerCommand({ Name: 'web', Subnets: net.subnets.slice(0, 2).map((s) => s.id) }));
  lbArn = lb.LoadBalancers![0]!.LoadBalancerArn!;
});
afterAll(async () => { await sb.close(); });

// Healthy needs 5 × 5 s × 0.01 = 250 ms, unhealthy 2 × 5 s × 0.01 = 100 ms: wide enough windows to observe 'initial' and 'unhealthy'.
const fast = { HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2, HealthyThresholdCount: 5, UnhealthyThresholdCount: 2 };
async function health(tg: string): Promise<Record<string, TargetHealthDescription['TargetHealth']>> {
  const r = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }));
  return Object.fromEntries(r.TargetHealthDescriptions!.map((d) => [d.Target!.Id!, d.TargetHealth]));
}

describe('ELBv2 target groups and listeners', () => {
  it('creates, describes (by name, by LB), modifies health checks and attributes, refuses deleting one in use', async () => {
    const c = await elb.send(new CreateTargetGroupCommand({ Name: 'app', Protocol: 'HTTP', Port: 80, VpcId: net.vpcId, HealthCheckPath: '/health' }));
    const tg = c.TargetGroups![0]!;
    expect(tg.TargetGroupArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/app\/[0-9a-f]{16}$/);
    expect(tg).toMatchObject({ HealthCheckIntervalSeconds: 30, HealthyThresholdCount: 5, UnhealthyThresholdCount: 2, HealthCheckPath: '/health', Matcher: { HttpCode: '200' }, TargetType: 'instance' });
    const m = await elb.send(new ModifyTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn, ...fast }));
    expect(m.TargetGroups?.[0]?.HealthyThresholdCount).toBe(5);
    const attrs = await elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn }));
    expect(attrs.Attributes?.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value).toBe('300');
    await elb.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '60' }] }));
    expect((await fail(elb.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '-1' }] })))).name).toBe('ValidationError');
    const l = await elb.send(new CreateListenerCommand({ LoadBalancerArn: lbArn, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] }));
    expect(l.Listeners?.[0]?.ListenerArn).toMatch(/:listener\/app\/web\/[0-9a-f]{16}\/[0-9a-f]{16}$/);
    const byLb = await elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lbArn }));
    expect(byLb.TargetGroups?.map((t) => t.TargetGroupName)).toEqual(['app']);
    expect(byLb.TargetGroups?.[0]?.LoadBalancerArns).toEqual([lbArn]);
    expect((await fail(elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn })))).name).toBe('ResourceInUseException');
    expect((await fail(elb.send(new CreateTargetGroupCommand({ Name: 'app', Protocol: 'HTTP', Port: 8080, VpcId: net.vpcId })))).name).toBe('DuplicateTargetGroupNameException');
    expect((await fail(elb.send(new DescribeTargetGroupsCommand({ Names: ['none'] })))).name).toBe('TargetGroupNotFoundException');
    expect((await fail(elb.send(new CreateListenerCommand({ LoadBalancerArn: lbArn, Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] })))).name).toBe('DuplicateListenerException');
  });

  it('modifies and deletes listeners; a freed target group can be deleted', async () => {
    const tg = (await elb.send(new CreateTargetGroupCommand({ Name: 'spare', Protocol: 'HTTP', Port: 8080, VpcId: net.vpcId }))).TargetGroups![0]!;
    const l = (await elb.send(new CreateListenerCommand({ LoadBalancerArn: lbArn, Port: 8080, DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503' } }] }))).Listeners![0]!;
    const m = await elb.send(new ModifyListenerCommand({ ListenerArn: l.ListenerArn, DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] }));
    expect(m.Listeners?.[0]?.DefaultActions?.[0]?.TargetGroupArn).toBe(tg.TargetGroupArn);
    expect((await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn }))).Listeners?.length).toBe(2);
    await elb.send(new DeleteListenerCommand({ ListenerArn: l.ListenerArn }));
    await elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn }));
    expect((await fail(elb.send(new DescribeListenersCommand({ ListenerArns: [l.ListenerArn!] })))).name).toBe('ListenerNotFoundException');
  });
});

describe('ELBv2 target health', () => {
  let tgArn: string;
  let a: string; let b: string;
  beforeAll(async () => {
    tgArn = (await elb.send(new DescribeTargetGroupsCommand({ Names: ['app'] }))).TargetGroups![0]!.TargetGroupArn!;
    a = await runInstance(ec2, net.subnets[0]!.id);
    b = await runInstance(ec2, net.subnets[1]!.id);
  });

  it('initial (registration in progress) → healthy after healthyThreshold × interval (waiter); unknown targets are NotRegistered', async () => {
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: a }, { Id: b }] }));
    const first = await health(tgArn);
    expect(first[a]?.State).toBe('initial');
    expect(['Elb.RegistrationInProgress', 'Elb.InitialHealthChecking']).toContain(first[a]?.Reason);
    const w = await waitUntilTargetInService({ client: elb, maxWaitTime: 10, minDelay: 1 }, { TargetGroupArn: tgArn, Targets: [{ Id: a }, { Id: b }] });
    expect(w.state).toBe('SUCCESS');
    const c = await runInstance(ec2, net.subnets[0]!.id);
    const r = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn, Targets: [{ Id: c, Port: 80 }] }));
    expect(r.TargetHealthDescriptions?.[0]?.TargetHealth).toMatchObject({ State: 'unused', Reason: 'Target.NotRegistered' });
    expect((await fail(elb.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: 'i-00000000000000000' }] })))).name).toBe('InvalidTargetException');
  });

  it('an AZ failure fails the health checks of its targets after unhealthyThreshold × interval; recovery makes them healthy', async () => {
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1a' });
    await sleep(120);
    const h = await health(tgArn);
    expect(h[a]).toMatchObject({ State: 'unhealthy', Reason: 'Target.FailedHealthChecks' });
    expect(h[b]?.State).toBe('healthy');
    const cleared = Date.now();
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as { id: string }).id}`);
    await until(async () => (await health(tgArn))[a]?.State === 'healthy', 5000, 'healthy again');
    expect(Date.now() - cleared).toBeGreaterThanOrEqual(250);
  });

  it('a stopped instance is unused with Target.InvalidState', async () => {
    await ec2.send(new StopInstancesCommand({ InstanceIds: [b] }));
    expect((await health(tgArn))[b]).toMatchObject({ State: 'unused', Reason: 'Target.InvalidState' });
  });

  it('deregistration drains for the deregistration delay, then the target is gone (waiter)', async () => {
    await elb.send(new DeregisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: a }] }));
    expect((await health(tgArn))[a]).toMatchObject({ State: 'draining', Reason: 'Target.DeregistrationInProgress' });
    const w = await waitUntilTargetDeregistered({ client: elb, maxWaitTime: 10, minDelay: 1 }, { TargetGroupArn: tgArn, Targets: [{ Id: a }] });
    expect(w.state).toBe('SUCCESS');
    expect((await health(tgArn))[a]).toBeUndefined();
  });

  it('without cross-zone, a target in an AZ with no LB node is unused (Target.NotInUse)', async () => {
    const nlb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'net', Type: 'network', Subnets: [net.subnets[0]!.id] }))).LoadBalancers![0]!;
    const tg = (await elb.send(new CreateTargetGroupCommand({ Name: 'tcp', Protocol: 'TCP', Port: 443, VpcId: net.vpcId, ...fast }))).TargetGroups![0]!;
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: nlb.LoadBalancerArn, Port: 443, Protocol: 'TCP', DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }] }));
    const c = await runInstance(ec2, net.subnets[2]!.id);
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: c }] }));
    await sleep(150);
    expect((await health(tg.TargetGroupArn!))[c]).toMatchObject({ State: 'unused', Reason: 'Target.NotInUse' });
  });
});
