import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ElasticLoadBalancingV2Client, CreateLoadBalancerCommand, DescribeLoadBalancersCommand, DeleteLoadBalancerCommand,
  DescribeLoadBalancerAttributesCommand, ModifyLoadBalancerAttributesCommand, SetSubnetsCommand, AddTagsCommand,
  RemoveTagsCommand, DescribeTagsCommand, SetSecurityGroupsCommand, waitUntilLoadBalancerAvailable, waitUntilLoadBalancersDeleted, paginateDescribeLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { EC2Client, CreateSecurityGroupCommand } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { createNetwork, fail, type Network } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let elb: ElasticLoadBalancingV2Client;
let net: Network;
let ec2: EC2Client;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  elb = new ElasticLoadBalancingV2Client(sdkConfig(sb));
  ec2 = new EC2Client(sdkConfig(sb));
  net = await createNetwork(ec2);
});
afterAll(async () => { await sb.close(); });

const ids = (n: number): string[] => net.subnets.slice(0, n).map((s) => s.id);

describe('ELBv2 load balancers', () => {
  it('creates an ALB across subnets: AWS ARN, DNS name, hosted zone, AZs; provisioning → active (waiter)', async () => {
    const r = await elb.send(new CreateLoadBalancerCommand({ Name: 'web', Subnets: ids(2), Tags: [{ Key: 'ha-architect:design', Value: 'd1' }] }));
    const lb = r.LoadBalancers![0]!;
    expect(lb.LoadBalancerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer\/app\/web\/[0-9a-f]{16}$/);
    expect(lb.DNSName).toMatch(/^web-\d+\.us-east-1\.elb\.amazonaws\.com$/);
    expect(lb.CanonicalHostedZoneId).toBe('Z35SXDOTRQ7X7K');
    expect(lb.Type).toBe('application');
    expect(lb.Scheme).toBe('internet-facing');
    expect(lb.VpcId).toBe(net.vpcId);
    expect(lb.State?.Code).toBe('provisioning');
    expect(lb.AvailabilityZones?.map((z) => z.ZoneName).sort()).toEqual(['us-east-1a', 'us-east-1b']);
    expect(lb.CreatedTime).toBeInstanceOf(Date);
    const w = await waitUntilLoadBalancerAvailable({ client: elb, maxWaitTime: 10, minDelay: 1 }, { LoadBalancerArns: [lb.LoadBalancerArn!] });
    expect(w.state).toBe('SUCCESS');
    const d = await elb.send(new DescribeLoadBalancersCommand({ Names: ['web'] }));
    expect(d.LoadBalancers?.[0]?.State?.Code).toBe('active');
    const tags = await elb.send(new DescribeTagsCommand({ ResourceArns: [lb.LoadBalancerArn!] }));
    expect(tags.TagDescriptions?.[0]?.Tags).toEqual([{ Key: 'ha-architect:design', Value: 'd1' }]);
  });

  it('creates an internal NLB from SubnetMappings (one AZ allowed) with the NLB DNS form', async () => {
    const r = await elb.send(new CreateLoadBalancerCommand({ Name: 'tcp', Type: 'network', Scheme: 'internal', SubnetMappings: [{ SubnetId: net.subnets[2]!.id }] }));
    const lb = r.LoadBalancers![0]!;
    expect(lb.LoadBalancerArn).toContain(':loadbalancer/net/tcp/');
    expect(lb.DNSName).toMatch(/^internal-tcp-[0-9a-f]{16}\.elb\.us-east-1\.amazonaws\.com$/);
    expect(lb.CanonicalHostedZoneId).toBe('Z26RNL4JYFTOTI');
    const attrs = await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    expect(attrs.Attributes?.find((a) => a.Key === 'load_balancing.cross_zone.enabled')?.Value).toBe('false');
  });

  it('is idempotent for identical settings and rejects a duplicate name with other settings', async () => {
    const a = await elb.send(new CreateLoadBalancerCommand({ Name: 'web', Subnets: ids(2) }));
    const d = await elb.send(new DescribeLoadBalancersCommand({ Names: ['web'] }));
    expect(a.LoadBalancers?.[0]?.LoadBalancerArn).toBe(d.LoadBalancers?.[0]?.LoadBalancerArn);
    expect((await fail(elb.send(new CreateLoadBalancerCommand({ Name: 'web', Subnets: ids(3) })))).name).toBe('DuplicateLoadBalancerNameException');
  });

  it('validates input: one-AZ ALB, two subnets in one AZ, unknown subnet, bad name', async () => {
    expect((await fail(elb.send(new CreateLoadBalancerCommand({ Name: 'one', Subnets: ids(1) })))).name).toBe('ValidationError');
    expect((await fail(elb.send(new CreateLoadBalancerCommand({ Name: 'x', Subnets: ['subnet-0000000000000000a'] })))).name).toBe('SubnetNotFoundException');
    expect((await fail(elb.send(new CreateLoadBalancerCommand({ Name: '-bad', Subnets: ids(2) })))).name).toBe('ValidationError');
    expect((await fail(elb.send(new DescribeLoadBalancersCommand({ Names: ['nope'] })))).name).toBe('LoadBalancerNotFoundException');
  });

  it('modifies attributes (cross-zone, deletion protection) and refuses unknown keys', async () => {
    const arn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['web'] }))).LoadBalancers![0]!.LoadBalancerArn!;
    const r = await elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'false' }] }));
    expect(r.Attributes?.find((a) => a.Key === 'load_balancing.cross_zone.enabled')?.Value).toBe('false');
    expect((await fail(elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'colour', Value: 'x' }] })))).name).toBe('ValidationError');
    await elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] }));
    expect((await fail(elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn })))).name).toBe('OperationNotPermittedException');
    await elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }] }));
  });

  it('SetSubnets changes the AZs; tags can be added and removed', async () => {
    const arn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['web'] }))).LoadBalancers![0]!.LoadBalancerArn!;
    const sg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'alb', Description: 'alb', VpcId: net.vpcId }))).GroupId!;
    expect((await elb.send(new SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: [sg] }))).SecurityGroupIds).toEqual([sg]);
    expect((await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }))).LoadBalancers?.[0]?.SecurityGroups).toEqual([sg]);
    expect((await fail(elb.send(new SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: ['sg-00000000000000000'] })))).name).toBe('InvalidSecurityGroupException');
    const s = await elb.send(new SetSubnetsCommand({ LoadBalancerArn: arn, Subnets: ids(3) }));
    expect(s.AvailabilityZones?.length).toBe(3);
    await elb.send(new AddTagsCommand({ ResourceArns: [arn], Tags: [{ Key: 'env', Value: 'prod' }] }));
    await elb.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: ['ha-architect:design'] }));
    const t = await elb.send(new DescribeTagsCommand({ ResourceArns: [arn] }));
    expect(t.TagDescriptions?.[0]?.Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
  });

  it('paginates with PageSize/Marker and deletes (waiter), delete of a gone LB succeeds', async () => {
    for (let i = 0; i < 4; i++) await elb.send(new CreateLoadBalancerCommand({ Name: `p${i}`, Subnets: ids(2) }));
    const seen: string[] = [];
    let marker: string | undefined;
    do {
      const page = await elb.send(new DescribeLoadBalancersCommand({ PageSize: 2, Marker: marker }));
      expect(page.LoadBalancers!.length).toBe(2);
      seen.push(...page.LoadBalancers!.map((l) => l.LoadBalancerName!));
      marker = page.NextMarker;
    } while (marker);
    const all: string[] = [];
    for await (const page of paginateDescribeLoadBalancers({ client: elb }, {})) all.push(...page.LoadBalancers!.map((l) => l.LoadBalancerName!));
    expect(all.sort()).toEqual(seen.sort());
    expect(seen.sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'tcp', 'web']);
    const arn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['p0'] }))).LoadBalancers![0]!.LoadBalancerArn!;
    await elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
    const w = await waitUntilLoadBalancersDeleted({ client: elb, maxWaitTime: 10, minDelay: 1 }, { LoadBalancerArns: [arn] });
    expect(w.state).toBe('SUCCESS');
    await elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
    expect((await fail(elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] })))).name).toBe('LoadBalancerNotFoundException');
  });
});
