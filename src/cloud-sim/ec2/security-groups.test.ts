import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EC2Client, CreateVpcCommand, CreateSecurityGroupCommand, DescribeSecurityGroupsCommand, DeleteSecurityGroupCommand,
  AuthorizeSecurityGroupIngressCommand, AuthorizeSecurityGroupEgressCommand, RevokeSecurityGroupIngressCommand,
  RevokeSecurityGroupEgressCommand, DescribeSecurityGroupRulesCommand,
} from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';

let sb: Sandbox;
let ec2: EC2Client;
let vpcId: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  ec2 = new EC2Client(sdkConfig(sb));
  vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
});
afterAll(async () => { await sb.close(); });

type AwsErr = { name: string };
const fail = (p: Promise<unknown>): Promise<AwsErr> => p.then(() => { throw new Error('expected an AWS error'); }, (e: AwsErr) => e);

describe('EC2 security groups', () => {
  it('gives every VPC a default group that cannot be deleted', async () => {
    const d = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }] }));
    const def = d.SecurityGroups![0]!;
    expect(def.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(def.IpPermissions?.[0]?.UserIdGroupPairs?.[0]?.GroupId).toBe(def.GroupId);
    expect(def.IpPermissionsEgress?.[0]?.IpRanges?.[0]?.CidrIp).toBe('0.0.0.0/0');
    expect((await fail(ec2.send(new DeleteSecurityGroupCommand({ GroupId: def.GroupId! })))).name).toBe('CannotDelete');
  });

  it('authorizes, lists and revokes ingress/egress rules with sgr- ids', async () => {
    const web = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web', VpcId: vpcId, TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'tier', Value: 'web' }] }] }))).GroupId!;
    const db = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'db', Description: 'db', VpcId: vpcId }))).GroupId!;
    const added = await ec2.send(new AuthorizeSecurityGroupIngressCommand({
      GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'https' }] }],
    }));
    expect(added.SecurityGroupRules?.[0]?.SecurityGroupRuleId).toMatch(/^sgr-[0-9a-f]{17}$/);
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: web }] }] }));
    await ec2.send(new AuthorizeSecurityGroupEgressCommand({ GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] }));
    const dup = await fail(ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] })));
    expect(dup.name).toBe('InvalidPermission.Duplicate');
    const g = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [web] }))).SecurityGroups![0]!;
    expect(g.IpPermissions).toEqual([expect.objectContaining({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'https' }] })]);
    expect(g.IpPermissionsEgress?.length).toBe(2);
    expect(g.Tags).toEqual([{ Key: 'tier', Value: 'web' }]);
    const rules = await ec2.send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: [db] }] }));
    const ref = rules.SecurityGroupRules!.find((r) => !r.IsEgress)!;
    expect(ref.ReferencedGroupInfo?.GroupId).toBe(web);
    expect((await fail(ec2.send(new DeleteSecurityGroupCommand({ GroupId: web })))).name).toBe('DependencyViolation');
    await ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: db, SecurityGroupRuleIds: [ref.SecurityGroupRuleId!] }));
    await ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] }));
    expect((await fail(ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 1, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] })))).name).toBe('InvalidPermission.NotFound');
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: web }));
    expect((await fail(ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [web] })))).name).toBe('InvalidGroup.NotFound');
  });

  it('rejects duplicate names, unknown VPCs and bad protocols', async () => {
    await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'app', Description: 'a', VpcId: vpcId }));
    expect((await fail(ec2.send(new CreateSecurityGroupCommand({ GroupName: 'app', Description: 'a', VpcId: vpcId })))).name).toBe('InvalidGroup.Duplicate');
    expect((await fail(ec2.send(new CreateSecurityGroupCommand({ GroupName: 'x', Description: 'a', VpcId: 'vpc-00000000000000000' })))).name).toBe('InvalidVpcID.NotFound');
    const g = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupNames: ['app'] }))).SecurityGroups![0]!.GroupId!;
    expect((await fail(ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: g, IpPermissions: [{ IpProtocol: 'gre', IpRanges: [{ CidrIp: '1.2.3.4/32' }] }] })))).name).toBe('InvalidParameterValue');
  });
});
