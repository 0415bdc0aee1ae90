import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EC2Client, CreateVpcCommand, CreateSubnetCommand, DescribeSubnetsCommand, DeleteSubnetCommand, DeleteVpcCommand,
  CreateInternetGatewayCommand, AttachInternetGatewayCommand, DetachInternetGatewayCommand, DeleteInternetGatewayCommand,
  DescribeInternetGatewaysCommand, AllocateAddressCommand, ReleaseAddressCommand, DescribeAddressesCommand,
  CreateNatGatewayCommand, DeleteNatGatewayCommand, DescribeNatGatewaysCommand, waitUntilNatGatewayAvailable, waitUntilNatGatewayDeleted,
  CreateRouteTableCommand, CreateRouteCommand, DeleteRouteCommand, ReplaceRouteCommand, AssociateRouteTableCommand, DisassociateRouteTableCommand,
  DescribeRouteTablesCommand, DeleteRouteTableCommand, ReplaceRouteTableAssociationCommand, AssociateAddressCommand,
  DisassociateAddressCommand, RunInstancesCommand, DescribeInstancesCommand, ModifySubnetAttributeCommand, waitUntilSubnetAvailable,
} from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';

let sb: Sandbox;
let ec2: EC2Client;
let vpcId: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  ec2 = new EC2Client(sdkConfig(sb));
  vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
});
afterAll(async () => { await sb.close(); });

type AwsErr = { name: string; $metadata: { httpStatusCode?: number } };
const fail = (p: Promise<unknown>): Promise<AwsErr> => p.then(() => { throw new Error('expected an AWS error'); }, (e: AwsErr) => e);

describe('EC2 subnets', () => {
  it('creates subnets in the requested AZ and validates range and overlap', async () => {
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1b' }));
    expect(Subnet?.SubnetId).toMatch(/^subnet-[0-9a-f]{17}$/);
    expect(Subnet?.AvailabilityZone).toBe('us-east-1b');
    expect(Subnet?.AvailableIpAddressCount).toBe(251);
    expect(await waitUntilSubnetAvailable({ client: ec2, maxWaitTime: 5, minDelay: 0.2, maxDelay: 0.5 }, { SubnetIds: [Subnet!.SubnetId!] })).toMatchObject({ state: 'SUCCESS' });
    expect((await fail(ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.128/25' })))).name).toBe('InvalidSubnet.Conflict');
    expect((await fail(ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.1.0.0/24' })))).name).toBe('InvalidSubnet.Range');
    expect((await fail(ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.9.0/24', AvailabilityZone: 'eu-west-1a' })))).name).toBe('InvalidParameterValue');
    expect((await fail(ec2.send(new CreateSubnetCommand({ VpcId: 'vpc-00000000000000000', CidrBlock: '10.0.2.0/24' })))).name).toBe('InvalidVpcID.NotFound');
  });

  it('filters by vpc-id and availability-zone, and toggles MapPublicIpOnLaunch', async () => {
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.2.0/24', AvailabilityZone: 'us-east-1c' }));
    const inC = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'availability-zone', Values: ['us-east-1c'] }] }));
    expect(inC.Subnets?.map((s) => s.SubnetId)).toEqual([Subnet!.SubnetId]);
    await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: Subnet!.SubnetId!, MapPublicIpOnLaunch: { Value: true } }));
    const d = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [Subnet!.SubnetId!] }));
    expect(d.Subnets?.[0]?.MapPublicIpOnLaunch).toBe(true);
    expect((await fail(ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-00000000000000000'] })))).name).toBe('InvalidSubnetID.NotFound');
  });

  it('refuses to delete a VPC that still has subnets or an IGW (DependencyViolation)', async () => {
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.5.0.0/16' }))).Vpc!.VpcId!;
    const sub = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.5.0.0/24' }))).Subnet!.SubnetId!;
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    const e = await fail(ec2.send(new DeleteVpcCommand({ VpcId: vpc })));
    expect(e.name).toBe('DependencyViolation');
    expect(e.$metadata.httpStatusCode).toBe(400);
    await ec2.send(new DeleteSubnetCommand({ SubnetId: sub }));
    expect((await fail(ec2.send(new DeleteVpcCommand({ VpcId: vpc })))).name).toBe('DependencyViolation');
    expect((await fail(ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: igw })))).name).toBe('DependencyViolation');
    await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    await ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: igw }));
    await ec2.send(new DeleteVpcCommand({ VpcId: vpc }));
  });
});

describe('EC2 internet gateways, EIPs, NAT gateways and routes', () => {
  it('attaches an IGW, lists it by attachment.vpc-id, and rejects a second attach', async () => {
    const igw = (await ec2.send(new CreateInternetGatewayCommand({ TagSpecifications: [{ ResourceType: 'internet-gateway', Tags: [{ Key: 'Name', Value: 'gw' }] }] }))).InternetGateway!;
    expect(igw.InternetGatewayId).toMatch(/^igw-[0-9a-f]{17}$/);
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId!, VpcId: vpcId }));
    const d = await ec2.send(new DescribeInternetGatewaysCommand({ Filters: [{ Name: 'attachment.vpc-id', Values: [vpcId] }] }));
    expect(d.InternetGateways?.[0]?.Attachments).toEqual([{ VpcId: vpcId, State: 'available' }]);
    expect(d.InternetGateways?.[0]?.Tags).toEqual([{ Key: 'Name', Value: 'gw' }]);
    expect((await fail(ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId!, VpcId: vpcId })))).name).toBe('Resource.AlreadyAssociated');
  });

  it('runs a NAT gateway through pending → available → deleting → deleted, holding its EIP', async () => {
    const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.3.0/24' }))).Subnet!.SubnetId!;
    const eip = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    expect(eip.AllocationId).toMatch(/^eipalloc-[0-9a-f]{17}$/);
    expect(eip.PublicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const nat = (await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnet, AllocationId: eip.AllocationId! }))).NatGateway!;
    expect(nat.NatGatewayId).toMatch(/^nat-[0-9a-f]{17}$/);
    expect(nat.State).toBe('pending');
    expect(nat.NatGatewayAddresses?.[0]?.PublicIp).toBe(eip.PublicIp);
    expect((await fail(ec2.send(new ReleaseAddressCommand({ AllocationId: eip.AllocationId! })))).name).toBe('InvalidIPAddress.InUse');
    const w = await waitUntilNatGatewayAvailable({ client: ec2, maxWaitTime: 10, minDelay: 0.2, maxDelay: 0.5 }, { NatGatewayIds: [nat.NatGatewayId!] });
    expect(w.state).toBe('SUCCESS');
    const byState = await ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: 'state', Values: ['available'] }] }));
    expect(byState.NatGateways?.map((n) => n.NatGatewayId)).toContain(nat.NatGatewayId);
    await ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: nat.NatGatewayId! }));
    expect((await waitUntilNatGatewayDeleted({ client: ec2, maxWaitTime: 10, minDelay: 0.2, maxDelay: 0.5 }, { NatGatewayIds: [nat.NatGatewayId!] })).state).toBe('SUCCESS');
    await ec2.send(new ReleaseAddressCommand({ AllocationId: eip.AllocationId! }));
    const left = await ec2.send(new DescribeAddressesCommand({}));
    expect(left.Addresses?.some((a) => a.AllocationId === eip.AllocationId)).toBe(false);
    expect((await fail(ec2.send(new DescribeAddressesCommand({ AllocationIds: [eip.AllocationId!] })))).name).toBe('InvalidAllocationID.NotFound');
  });

  it('is idempotent by ClientToken for CreateNatGateway', async () => {
    const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.4.0/24' }))).Subnet!.SubnetId!;
    const a = await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnet, ConnectivityType: 'private', ClientToken: 'tok-1' }));
    const b = await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnet, ConnectivityType: 'private', ClientToken: 'tok-1' }));
    expect(b.NatGateway?.NatGatewayId).toBe(a.NatGateway?.NatGatewayId);
    const all = await ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: 'subnet-id', Values: [subnet] }] }));
    expect(all.NatGateways?.length).toBe(1);
    const other = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.5.0/24' }))).Subnet!.SubnetId!;
    expect((await fail(ec2.send(new CreateNatGatewayCommand({ SubnetId: other, ConnectivityType: 'private', ClientToken: 'tok-1' })))).name).toBe('IdempotentParameterMismatch');
  });

  it('manages route tables, routes to igw/nat and subnet associations', async () => {
    const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.6.0/24' }))).Subnet!.SubnetId!;
    const rt = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!;
    expect(rt.RouteTableId).toMatch(/^rtb-[0-9a-f]{17}$/);
    expect(rt.Routes).toEqual([expect.objectContaining({ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' })]);
    const igw = (await ec2.send(new DescribeInternetGatewaysCommand({ Filters: [{ Name: 'attachment.vpc-id', Values: [vpcId] }] }))).InternetGateways![0]!.InternetGatewayId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rt.RouteTableId!, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    expect((await fail(ec2.send(new CreateRouteCommand({ RouteTableId: rt.RouteTableId!, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw })))).name).toBe('RouteAlreadyExists');
    const nat = (await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnet, ConnectivityType: 'private' }))).NatGateway!.NatGatewayId!;
    await ec2.send(new ReplaceRouteCommand({ RouteTableId: rt.RouteTableId!, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: nat }));
    const { AssociationId } = await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rt.RouteTableId!, SubnetId: subnet }));
    expect(AssociationId).toMatch(/^rtbassoc-[0-9a-f]{17}$/);
    const d = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: [subnet] }] }));
    expect(d.RouteTables?.[0]?.RouteTableId).toBe(rt.RouteTableId);
    expect(d.RouteTables?.[0]?.Routes?.find((r) => r.DestinationCidrBlock === '0.0.0.0/0')?.NatGatewayId).toBe(nat);
    expect((await fail(ec2.send(new DeleteRouteTableCommand({ RouteTableId: rt.RouteTableId! })))).name).toBe('DependencyViolation');
    const rt2 = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
    const moved = await ec2.send(new ReplaceRouteTableAssociationCommand({ AssociationId: AssociationId!, RouteTableId: rt2 }));
    const now = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: [subnet] }] }));
    expect(now.RouteTables?.map((t) => t.RouteTableId)).toEqual([rt2]);
    await ec2.send(new ReplaceRouteTableAssociationCommand({ AssociationId: moved.NewAssociationId!, RouteTableId: rt.RouteTableId! }));
    const back = (await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [rt.RouteTableId!] }))).RouteTables![0]!.Associations![0]!.RouteTableAssociationId!;
    await ec2.send(new DisassociateRouteTableCommand({ AssociationId: back }));
    await ec2.send(new DeleteRouteCommand({ RouteTableId: rt.RouteTableId!, DestinationCidrBlock: '0.0.0.0/0' }));
    await ec2.send(new DeleteRouteTableCommand({ RouteTableId: rt.RouteTableId! }));
    const main = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'association.main', Values: ['true'] }] }));
    expect(main.RouteTables?.length).toBe(1);
    expect((await fail(ec2.send(new CreateRouteCommand({ RouteTableId: main.RouteTables![0]!.RouteTableId!, DestinationCidrBlock: '1.0.0.0/8', GatewayId: 'igw-00000000000000000' })))).name).toBe('InvalidGatewayID.NotFound');
  });

  it('reports a NAT gateway failed while its AZ is down, and available again after', async () => {
    const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.7.0/24', AvailabilityZone: 'us-east-1c' }))).Subnet!.SubnetId!;
    const nat = (await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnet, ConnectivityType: 'private' }))).NatGateway!.NatGatewayId!;
    await waitUntilNatGatewayAvailable({ client: ec2, maxWaitTime: 10, minDelay: 0.2, maxDelay: 0.5 }, { NatGatewayIds: [nat] });
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1c' });
    const down = (await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [nat] }))).NatGateways![0]!;
    expect([down.State, down.FailureCode]).toEqual(['failed', 'AvailabilityZoneImpaired']);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as { id: string }).id}`);
    expect((await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [nat] }))).NatGateways![0]!.State).toBe('available');
  });

  it('associates an Elastic IP with an instance and back', async () => {
    const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.8.0/24' }))).Subnet!.SubnetId!;
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0abcdef1234567890', MinCount: 1, MaxCount: 1, SubnetId: subnet }))).Instances![0]!.InstanceId!;
    const eip = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const { AssociationId } = await ec2.send(new AssociateAddressCommand({ AllocationId: eip.AllocationId!, InstanceId: id }));
    expect(AssociationId).toMatch(/^eipassoc-[0-9a-f]{17}$/);
    const byIp = await ec2.send(new DescribeAddressesCommand({ PublicIps: [eip.PublicIp!] }));
    expect(byIp.Addresses?.[0]).toMatchObject({ InstanceId: id, AssociationId, Domain: 'vpc' });
    expect((await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations![0]!.Instances![0]!.PublicIpAddress).toBe(eip.PublicIp);
    expect((await fail(ec2.send(new ReleaseAddressCommand({ AllocationId: eip.AllocationId! })))).name).toBe('InvalidIPAddress.InUse');
    await ec2.send(new DisassociateAddressCommand({ AssociationId: AssociationId! }));
    expect((await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations![0]!.Instances![0]!.PublicIpAddress).toBeUndefined();
    await ec2.send(new ReleaseAddressCommand({ AllocationId: eip.AllocationId! }));
  });
});
