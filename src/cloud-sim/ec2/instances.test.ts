import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EC2Client, CreateVpcCommand, CreateSubnetCommand, RunInstancesCommand, DescribeInstancesCommand, StopInstancesCommand,
  StartInstancesCommand, TerminateInstancesCommand, DescribeInstanceStatusCommand, CreateLaunchTemplateCommand,
  DescribeLaunchTemplatesCommand, DeleteLaunchTemplateCommand, CreateLaunchTemplateVersionCommand, DescribeLaunchTemplateVersionsCommand,
  CreateSecurityGroupCommand, DescribeImagesCommand, CreatePlacementGroupCommand, DescribePlacementGroupsCommand, DeletePlacementGroupCommand, ModifyInstanceAttributeCommand, waitUntilInstanceRunning, waitUntilInstanceStopped, waitUntilInstanceTerminated, paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';

let sb: Sandbox;
let ec2: EC2Client;
let vpcId: string;
let subnetA: string;
let subnetB: string;
const AMI = 'ami-0abcdef1234567890';
const fast = { maxWaitTime: 10, minDelay: 0.2, maxDelay: 0.5 };

beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  ec2 = new EC2Client(sdkConfig(sb));
  vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
  subnetA = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
  subnetB = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet!.SubnetId!;
});
afterAll(async () => { await sb.close(); });

type AwsErr = { name: string; $metadata: { httpStatusCode?: number } };
const fail = (p: Promise<unknown>): Promise<AwsErr> => p.then(() => { throw new Error('expected an AWS error'); }, (e: AwsErr) => e);

describe('EC2 instances', () => {
  it('launches MaxCount instances pending, then running (waitUntilInstanceRunning)', async () => {
    const r = await ec2.send(new RunInstancesCommand({
      ImageId: AMI, InstanceType: 't3.micro', MinCount: 2, MaxCount: 3, SubnetId: subnetA,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'app', Value: 'web' }] }],
    }));
    expect(r.ReservationId).toMatch(/^r-[0-9a-f]{17}$/);
    expect(r.Instances?.length).toBe(3);
    for (const i of r.Instances!) {
      expect(i.InstanceId).toMatch(/^i-[0-9a-f]{17}$/);
      expect(i.State).toEqual({ Code: 0, Name: 'pending' });
      expect(i.Placement?.AvailabilityZone).toBe('us-east-1a');
      expect(i.PrivateIpAddress).toMatch(/^10\.0\.1\.\d+$/);
      expect(i.Tags).toEqual([{ Key: 'app', Value: 'web' }]);
      expect(i.LaunchTime).toBeInstanceOf(Date);
    }
    expect(new Set(r.Instances!.map((i) => i.PrivateIpAddress)).size).toBe(3);
    const ids = r.Instances!.map((i) => i.InstanceId!);
    expect((await waitUntilInstanceRunning({ client: ec2, ...fast }, { InstanceIds: ids })).state).toBe('SUCCESS');
    const d = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:app', Values: ['web'] }, { Name: 'instance-state-name', Values: ['running'] }] }));
    expect(d.Reservations?.length).toBe(1);
    expect(d.Reservations?.[0]?.Instances?.map((i) => i.InstanceId).sort()).toEqual([...ids].sort());
    expect(d.Reservations?.[0]?.OwnerId).toBe(sb.accountId);
  });

  it('stops, starts and terminates with the waiters, reporting previous/current state', async () => {
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetB }))).Instances![0]!.InstanceId!;
    await waitUntilInstanceRunning({ client: ec2, ...fast }, { InstanceIds: [id] });
    const stop = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    expect(stop.StoppingInstances?.[0]).toMatchObject({ InstanceId: id, PreviousState: { Name: 'running' }, CurrentState: { Name: 'stopping', Code: 64 } });
    expect((await waitUntilInstanceStopped({ client: ec2, ...fast }, { InstanceIds: [id] })).state).toBe('SUCCESS');
    const start = await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }));
    expect(start.StartingInstances?.[0]?.CurrentState?.Name).toBe('pending');
    await waitUntilInstanceRunning({ client: ec2, ...fast }, { InstanceIds: [id] });
    const term = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    expect(term.TerminatingInstances?.[0]?.CurrentState?.Name).toBe('shutting-down');
    expect((await waitUntilInstanceTerminated({ client: ec2, ...fast }, { InstanceIds: [id] })).state).toBe('SUCCESS');
    expect((await fail(ec2.send(new StartInstancesCommand({ InstanceIds: [id] })))).name).toBe('IncorrectInstanceState');
  });

  it('validates the request: counts, AMI, subnet, unknown ids', async () => {
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 3, MaxCount: 2, SubnetId: subnetA })))).name).toBe('InvalidParameterValue');
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: 'bogus', MinCount: 1, MaxCount: 1, SubnetId: subnetA })))).name).toBe('InvalidAMIID.Malformed');
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1 })))).name).toBe('VPCIdNotSpecified');
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: 'subnet-00000000000000000' })))).name).toBe('InvalidSubnetID.NotFound');
    expect((await fail(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-00000000000000000'] })))).name).toBe('InvalidInstanceID.NotFound');
    expect((await fail(ec2.send(new TerminateInstancesCommand({ InstanceIds: ['i-00000000000000000'] })))).name).toBe('InvalidInstanceID.NotFound');
  });

  it('is idempotent by ClientToken', async () => {
    const a = await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA, ClientToken: 'run-1' }));
    const b = await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA, ClientToken: 'run-1' }));
    expect(b.Instances?.[0]?.InstanceId).toBe(a.Instances?.[0]?.InstanceId);
    expect(b.ReservationId).toBe(a.ReservationId);
    const e = await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetB, ClientToken: 'run-1' })));
    expect(e.name).toBe('IdempotentParameterMismatch');
  });

  it('launches from a launch template (versions, security groups)', async () => {
    const sg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web tier', VpcId: vpcId }))).GroupId!;
    const lt = (await ec2.send(new CreateLaunchTemplateCommand({
      LaunchTemplateName: 'web-lt', LaunchTemplateData: { ImageId: AMI, InstanceType: 'c5.large', SecurityGroupIds: [sg] },
    }))).LaunchTemplate!;
    expect(lt.LaunchTemplateId).toMatch(/^lt-[0-9a-f]{17}$/);
    expect(lt.LatestVersionNumber).toBe(1);
    const v2 = await ec2.send(new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: lt.LaunchTemplateId!, SourceVersion: '1', LaunchTemplateData: { InstanceType: 'm5.large' } }));
    expect(v2.LaunchTemplateVersion?.VersionNumber).toBe(2);
    const versions = await ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: lt.LaunchTemplateId! }));
    expect(versions.LaunchTemplateVersions?.map((v) => v.LaunchTemplateData?.InstanceType)).toEqual(['c5.large', 'm5.large']);
    const r = await ec2.send(new RunInstancesCommand({ MinCount: 1, MaxCount: 1, SubnetId: subnetB, LaunchTemplate: { LaunchTemplateName: 'web-lt', Version: '$Latest' } }));
    const inst = r.Instances![0]!;
    expect(inst.ImageId).toBe(AMI);
    expect(inst.InstanceType).toBe('m5.large');
    expect(inst.SecurityGroups?.map((g) => g.GroupId)).toEqual([sg]);
    const listed = await ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['web-lt'] }));
    expect(listed.LaunchTemplates?.[0]?.LatestVersionNumber).toBe(2);
    expect((await fail(ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web-lt', LaunchTemplateData: { ImageId: AMI } })))).name).toBe('InvalidLaunchTemplateName.AlreadyExistsException');
    await ec2.send(new DeleteLaunchTemplateCommand({ LaunchTemplateId: lt.LaunchTemplateId! }));
    expect((await fail(ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [lt.LaunchTemplateId!] })))).name).toBe('InvalidLaunchTemplateId.NotFound');
  });

  it('paginates DescribeInstances with MaxResults/NextToken', async () => {
    await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 12, MaxCount: 12, SubnetId: subnetB }));
    const total = (await ec2.send(new DescribeInstancesCommand({}))).Reservations!.flatMap((r) => r.Instances!).length;
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, {})) {
      pages++;
      for (const r of page.Reservations ?? []) for (const i of r.Instances ?? []) seen.add(i.InstanceId!);
    }
    expect(seen.size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 5));
    expect((await fail(ec2.send(new DescribeInstancesCommand({ MaxResults: 2 })))).name).toBe('InvalidParameterValue');
  });

  it('reports status checks: ok, impaired on crash, impaired when the AZ fails, and restores', async () => {
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA }))).Instances![0]!.InstanceId!;
    const other = (await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetB }))).Instances![0]!.InstanceId!;
    await waitUntilInstanceRunning({ client: ec2, ...fast }, { InstanceIds: [id, other] });
    const status = async (iid: string): Promise<[string | undefined, string | undefined]> => {
      const s = (await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [iid] }))).InstanceStatuses![0]!;
      return [s.SystemStatus?.Status, s.InstanceStatus?.Status];
    };
    expect(await status(id)).toEqual(['ok', 'ok']);
    const crash = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-crash', instanceId: id });
    expect(crash.status).toBe(201);
    expect(await status(id)).toEqual(['ok', 'impaired']);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(crash.json as { id: string }).id}`);
    expect(await status(id)).toEqual(['ok', 'ok']);
    const az = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1a' });
    expect(await status(id)).toEqual(['impaired', 'impaired']);
    expect(await status(other)).toEqual(['ok', 'ok']);
    const impaired = await ec2.send(new DescribeInstanceStatusCommand({ Filters: [{ Name: 'instance-status.status', Values: ['impaired'] }] }));
    expect(impaired.InstanceStatuses?.map((s) => s.InstanceId)).toContain(id);
    expect(impaired.InstanceStatuses?.map((s) => s.InstanceId)).not.toContain(other);
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA })))).name).toBe('InsufficientInstanceCapacity');
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(az.json as { id: string }).id}`);
    expect(await status(id)).toEqual(['ok', 'ok']);
  });

  it('stops an instance through an instance-stop fault and starts it again when cleared', async () => {
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA }))).Instances![0]!.InstanceId!;
    await waitUntilInstanceRunning({ client: ec2, ...fast }, { InstanceIds: [id] });
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-stop', instanceId: id });
    await waitUntilInstanceStopped({ client: ec2, ...fast }, { InstanceIds: [id] });
    const d = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(d.Reservations?.[0]?.Instances?.[0]?.StateReason?.Message).toContain('Sandbox fault');
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as { id: string }).id}`);
    expect((await waitUntilInstanceRunning({ client: ec2, ...fast }, { InstanceIds: [id] })).state).toBe('SUCCESS');
  });

  it('finds Amazon Linux 2023 images by owner and name filter, and launches one', async () => {
    const out = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], Filters: [{ Name: 'name', Values: ['al2023-ami-2023.*-x86_64'] }, { Name: 'state', Values: ['available'] }] }));
    expect(out.Images?.length).toBe(2);
    const newest = [...out.Images!].sort((a, b) => String(b.CreationDate).localeCompare(String(a.CreationDate)))[0]!;
    expect(newest.ImageId).toMatch(/^ami-[0-9a-f]{17}$/);
    const west = await new EC2Client(sdkConfig(sb, 'us-west-2')).send(new DescribeImagesCommand({ Owners: ['amazon'], Filters: [{ Name: 'name', Values: [newest.Name!] }] }));
    expect(west.Images?.[0]?.ImageId).not.toBe(newest.ImageId);
    const r = await ec2.send(new RunInstancesCommand({ ImageId: newest.ImageId!, MinCount: 1, MaxCount: 1, SubnetId: subnetA }));
    expect(r.Instances?.[0]?.ImageId).toBe(newest.ImageId);
    expect((await fail(ec2.send(new DescribeImagesCommand({ ImageIds: ['ami-00000000000000000'] })))).name).toBe('InvalidAMIID.NotFound');
  });

  it('modifies security groups of an instance, and its type only when stopped', async () => {
    const sg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'app2', Description: 'app', VpcId: vpcId }))).GroupId!;
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA }))).Instances![0]!.InstanceId!;
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, Groups: [sg] }));
    const d = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(d.Reservations?.[0]?.Instances?.[0]?.SecurityGroups?.map((g) => g.GroupId)).toEqual([sg]);
    expect((await fail(ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 'c5.xlarge' } })))).name).toBe('IncorrectInstanceState');
    expect((await fail(ec2.send(new StopInstancesCommand({ InstanceIds: [id, 'i-00000000000000000'] })))).name).toBe('InvalidInstanceID.NotFound');
    const still = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(['pending', 'running']).toContain(still.Reservations?.[0]?.Instances?.[0]?.State?.Name);
  });

  it('spreads instances in a spread placement group: at most 7 per AZ', async () => {
    const pg = (await ec2.send(new CreatePlacementGroupCommand({ GroupName: 'quorum', Strategy: 'spread' }))).PlacementGroup!;
    expect(pg.GroupId).toMatch(/^pg-[0-9a-f]{17}$/);
    const r = await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 5, MaxCount: 9, SubnetId: subnetA, Placement: { GroupName: 'quorum' } }));
    expect(r.Instances?.length).toBe(7);
    expect(r.Instances?.[0]?.Placement?.GroupName).toBe('quorum');
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA, Placement: { GroupName: 'quorum' } })))).name).toBe('InsufficientInstanceCapacity');
    const inB = await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetB, Placement: { GroupName: 'quorum' } }));
    expect(inB.Instances?.[0]?.Placement?.AvailabilityZone).toBe('us-east-1b');
    expect((await ec2.send(new DescribePlacementGroupsCommand({ GroupNames: ['quorum'] }))).PlacementGroups?.[0]?.Strategy).toBe('spread');
    expect((await fail(ec2.send(new DeletePlacementGroupCommand({ GroupName: 'quorum' })))).name).toBe('InvalidPlacementGroup.InUse');
    expect((await fail(ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: subnetA, Placement: { GroupName: 'nope' } })))).name).toBe('InvalidPlacementGroup.Unknown');
  });
});
