import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EC2Client, CreateVpcCommand, DeleteVpcCommand, DescribeVpcsCommand, DescribeVpcAttributeCommand, ModifyVpcAttributeCommand,
  CreateTagsCommand, DeleteTagsCommand, DescribeTagsCommand, waitUntilVpcAvailable, paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';

let sb: Sandbox;
let ec2: EC2Client;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.05 });
  ec2 = new EC2Client(sdkConfig(sb));
});
afterAll(async () => { await sb.close(); });

const fail = (p: Promise<unknown>): Promise<{ name: string; $metadata: { httpStatusCode?: number } }> =>
  p.then(() => { throw new Error('expected an AWS error'); }, (e: { name: string; $metadata: { httpStatusCode?: number } }) => e);

describe('EC2 VPCs', () => {
  it('creates a tagged VPC with an AWS-format id that becomes available (waiter)', async () => {
    const { Vpc } = await ec2.send(new CreateVpcCommand({
      CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'main' }] }],
    }));
    expect(Vpc?.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    expect(Vpc?.State).toBe('pending');
    expect(Vpc?.Tags).toEqual([{ Key: 'Name', Value: 'main' }]);
    expect(Vpc?.CidrBlockAssociationSet?.[0]?.CidrBlock).toBe('10.0.0.0/16');
    const w = await waitUntilVpcAvailable({ client: ec2, maxWaitTime: 10, minDelay: 0.2, maxDelay: 0.5 }, { VpcIds: [Vpc!.VpcId!] });
    expect(w.state).toBe('SUCCESS');
    const d = await ec2.send(new DescribeVpcsCommand({ VpcIds: [Vpc!.VpcId!] }));
    expect(d.Vpcs?.[0]?.State).toBe('available');
  });

  it('filters by tag, tag-key, cidr-block and rejects unknown filters', async () => {
    await ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'env', Value: 'prod' }] }] }));
    const byTag = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:env', Values: ['prod'] }] }));
    expect(byTag.Vpcs?.map((v) => v.CidrBlock)).toEqual(['10.1.0.0/16']);
    const byKey = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag-key', Values: ['Name'] }] }));
    expect(byKey.Vpcs?.map((v) => v.CidrBlock)).toEqual(['10.0.0.0/16']);
    const byCidr = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'cidr-block', Values: ['10.*'] }] }));
    expect(byCidr.Vpcs?.length).toBe(2);
    const err = await fail(ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] })));
    expect(err.name).toBe('InvalidParameterValue');
  });

  it('paginates with MaxResults/NextToken', async () => {
    for (let i = 2; i < 8; i++) await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${i}.0.0/16` }));
    const seen: string[] = [];
    for await (const page of paginateDescribeVpcs({ client: ec2, pageSize: 5 }, {})) {
      expect(page.Vpcs!.length).toBeLessThanOrEqual(5);
      seen.push(...page.Vpcs!.map((v) => v.VpcId!));
    }
    expect(seen.length).toBe(8);
    expect(new Set(seen).size).toBe(8);
  });

  it('reports coded errors: bad CIDR, bad range, unknown id, missing parameter', async () => {
    expect((await fail(ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.1/16' })))).name).toBe('InvalidParameterValue');
    expect((await fail(ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/8' })))).name).toBe('InvalidVpc.Range');
    const nf = await fail(ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-00000000000000000'] })));
    expect(nf.name).toBe('InvalidVpcID.NotFound');
    expect(nf.$metadata.httpStatusCode).toBe(400);
    expect((await fail(ec2.send(new CreateVpcCommand({})))).name).toBe('MissingParameter');
    const dry = await fail(ec2.send(new CreateVpcCommand({ CidrBlock: '10.99.0.0/16', DryRun: true })));
    expect([dry.name, dry.$metadata.httpStatusCode]).toEqual(['DryRunOperation', 412]);
    expect((await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'cidr-block', Values: ['10.99.0.0/16'] }] }))).Vpcs).toEqual([]);
  });

  it('reads and modifies DNS attributes', async () => {
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }));
    const before = await ec2.send(new DescribeVpcAttributeCommand({ VpcId: Vpc!.VpcId!, Attribute: 'enableDnsHostnames' }));
    expect(before.EnableDnsHostnames?.Value).toBe(false);
    await ec2.send(new ModifyVpcAttributeCommand({ VpcId: Vpc!.VpcId!, EnableDnsHostnames: { Value: true } }));
    const after = await ec2.send(new DescribeVpcAttributeCommand({ VpcId: Vpc!.VpcId!, Attribute: 'enableDnsHostnames' }));
    expect(after.EnableDnsHostnames?.Value).toBe(true);
    const support = await ec2.send(new DescribeVpcAttributeCommand({ VpcId: Vpc!.VpcId!, Attribute: 'enableDnsSupport' }));
    expect(support.EnableDnsSupport?.Value).toBe(true);
  });

  it('tags and untags, then deletes the VPC', async () => {
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.10.0.0/16' }));
    const id = Vpc!.VpcId!;
    await ec2.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'team', Value: 'ha' }, { Key: 'x', Value: '1' }] }));
    await ec2.send(new DeleteTagsCommand({ Resources: [id], Tags: [{ Key: 'x' }] }));
    const listed = await ec2.send(new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [id] }] }));
    expect(listed.Tags).toEqual([{ ResourceId: id, ResourceType: 'vpc', Key: 'team', Value: 'ha' }]);
    const byKey = await ec2.send(new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['Name'] }, { Name: 'resource-type', Values: ['vpc'] }] }));
    expect(byKey.Tags?.map((t) => t.Value)).toEqual(['main']);
    const d = await ec2.send(new DescribeVpcsCommand({ VpcIds: [id] }));
    expect(d.Vpcs?.[0]?.Tags).toEqual([{ Key: 'team', Value: 'ha' }]);
    await ec2.send(new DeleteVpcCommand({ VpcId: id }));
    expect((await fail(ec2.send(new DescribeVpcsCommand({ VpcIds: [id] })))).name).toBe('InvalidVpcID.NotFound');
    expect((await fail(ec2.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'a', Value: 'b' }] })))).name).toBe('InvalidVpcID.NotFound');
  });

  it('keeps regions apart', async () => {
    const west = new EC2Client(sdkConfig(sb, 'us-west-2'));
    await west.send(new CreateVpcCommand({ CidrBlock: '172.16.0.0/16' }));
    const w = await west.send(new DescribeVpcsCommand({}));
    expect(w.Vpcs?.map((v) => v.CidrBlock)).toEqual(['172.16.0.0/16']);
    const e = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'cidr-block', Values: ['172.16.0.0/16'] }] }));
    expect(e.Vpcs).toEqual([]);
  });
});
