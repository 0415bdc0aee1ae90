import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EC2Client, CreateVpcCommand, CreateSubnetCommand, CreateVpcPeeringConnectionCommand, AcceptVpcPeeringConnectionCommand,
  DescribeVpcPeeringConnectionsCommand, DeleteVpcPeeringConnectionCommand, RejectVpcPeeringConnectionCommand,
  CreateTransitGatewayCommand, DescribeTransitGatewaysCommand, CreateTransitGatewayVpcAttachmentCommand,
  DescribeTransitGatewayVpcAttachmentsCommand, DeleteTransitGatewayVpcAttachmentCommand, DeleteTransitGatewayCommand,
  CreateCustomerGatewayCommand, DescribeCustomerGatewaysCommand, DeleteCustomerGatewayCommand, CreateVpnGatewayCommand,
  AttachVpnGatewayCommand, DescribeVpnGatewaysCommand, DetachVpnGatewayCommand, DeleteVpnGatewayCommand,
  CreateVpnConnectionCommand, DescribeVpnConnectionsCommand, DeleteVpnConnectionCommand, CreateRouteTableCommand, CreateRouteCommand,
  waitUntilVpcPeeringConnectionExists, waitUntilVpnConnectionAvailable, waitUntilVpnConnectionDeleted,
} from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';

let sb: Sandbox;
let ec2: EC2Client;
let west: EC2Client;
const fast = { maxWaitTime: 10, minDelay: 0.2, maxDelay: 0.5 };
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  ec2 = new EC2Client(sdkConfig(sb));
  west = new EC2Client(sdkConfig(sb, 'us-west-2'));
});
afterAll(async () => { await sb.close(); });

type AwsErr = { name: string };
const fail = (p: Promise<unknown>): Promise<AwsErr> => p.then(() => { throw new Error('expected an AWS error'); }, (e: AwsErr) => e);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (ok(v)) return v;
    await sleep(20);
  }
  throw new Error('condition not reached');
}

describe('EC2 VPC peering', () => {
  it('peers across regions: pending-acceptance → accept (in the accepter region) → active, seen from both', async () => {
    const a = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
    const b = (await west.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }))).Vpc!.VpcId!;
    const pcx = (await ec2.send(new CreateVpcPeeringConnectionCommand({ VpcId: a, PeerVpcId: b, PeerRegion: 'us-west-2' }))).VpcPeeringConnection!;
    expect(pcx.VpcPeeringConnectionId).toMatch(/^pcx-[0-9a-f]{17}$/);
    expect(pcx.Status?.Code).toBe('pending-acceptance');
    expect((await waitUntilVpcPeeringConnectionExists({ client: west, ...fast }, { VpcPeeringConnectionIds: [pcx.VpcPeeringConnectionId!] })).state).toBe('SUCCESS');
    expect((await fail(ec2.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: pcx.VpcPeeringConnectionId! })))).name).toBe('OperationNotPermitted');
    await west.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: pcx.VpcPeeringConnectionId! }));
    const active = await until(
      () => ec2.send(new DescribeVpcPeeringConnectionsCommand({ VpcPeeringConnectionIds: [pcx.VpcPeeringConnectionId!] })),
      (d) => d.VpcPeeringConnections?.[0]?.Status?.Code === 'active',
    );
    expect(active.VpcPeeringConnections?.[0]?.AccepterVpcInfo).toMatchObject({ VpcId: b, Region: 'us-west-2', CidrBlock: '10.1.0.0/16' });
    const rt = (await ec2.send(new CreateRouteTableCommand({ VpcId: a }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rt, DestinationCidrBlock: '10.1.0.0/16', VpcPeeringConnectionId: pcx.VpcPeeringConnectionId! }));
    await ec2.send(new DeleteVpcPeeringConnectionCommand({ VpcPeeringConnectionId: pcx.VpcPeeringConnectionId! }));
    const w = await west.send(new DescribeVpcPeeringConnectionsCommand({ Filters: [{ Name: 'status-code', Values: ['deleted'] }] }));
    expect(w.VpcPeeringConnections?.map((p) => p.VpcPeeringConnectionId)).toContain(pcx.VpcPeeringConnectionId);
  });

  it('fails peering of overlapping CIDRs and supports reject', async () => {
    const a = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
    const b = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/20' }))).Vpc!.VpcId!;
    const c = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc!.VpcId!;
    const bad = (await ec2.send(new CreateVpcPeeringConnectionCommand({ VpcId: a, PeerVpcId: b }))).VpcPeeringConnection!;
    expect(bad.Status?.Code).toBe('failed');
    const ok = (await ec2.send(new CreateVpcPeeringConnectionCommand({ VpcId: a, PeerVpcId: c }))).VpcPeeringConnection!;
    await ec2.send(new RejectVpcPeeringConnectionCommand({ VpcPeeringConnectionId: ok.VpcPeeringConnectionId! }));
    const d = await ec2.send(new DescribeVpcPeeringConnectionsCommand({ VpcPeeringConnectionIds: [ok.VpcPeeringConnectionId!] }));
    expect(d.VpcPeeringConnections?.[0]?.Status?.Code).toBe('rejected');
  });
});

describe('EC2 transit gateways', () => {
  it('creates a TGW and a VPC attachment through pending → available, refuses delete while attached', async () => {
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }))).Vpc!.VpcId!;
    const s1 = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.40.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
    const s2 = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.40.2.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
    const tgw = (await ec2.send(new CreateTransitGatewayCommand({ Description: 'core' }))).TransitGateway!;
    expect(tgw.TransitGatewayId).toMatch(/^tgw-[0-9a-f]{17}$/);
    expect(tgw.State).toBe('pending');
    expect((await fail(ec2.send(new CreateTransitGatewayVpcAttachmentCommand({ TransitGatewayId: tgw.TransitGatewayId!, VpcId: vpc, SubnetIds: [s1] })))).name).toBe('IncorrectState');
    await until(() => ec2.send(new DescribeTransitGatewaysCommand({ TransitGatewayIds: [tgw.TransitGatewayId!] })), (d) => d.TransitGateways?.[0]?.State === 'available');
    expect((await fail(ec2.send(new CreateTransitGatewayVpcAttachmentCommand({ TransitGatewayId: tgw.TransitGatewayId!, VpcId: vpc, SubnetIds: [s1, s2] })))).name).toBe('DuplicateSubnetsInSameZone');
    const att = (await ec2.send(new CreateTransitGatewayVpcAttachmentCommand({
      TransitGatewayId: tgw.TransitGatewayId!, VpcId: vpc, SubnetIds: [s1], TagSpecifications: [{ ResourceType: 'transit-gateway-attachment', Tags: [{ Key: 'Name', Value: 'a' }] }],
    }))).TransitGatewayVpcAttachment!;
    expect(att.TransitGatewayAttachmentId).toMatch(/^tgw-attach-[0-9a-f]{17}$/);
    expect(att.Tags).toEqual([{ Key: 'Name', Value: 'a' }]);
    await until(() => ec2.send(new DescribeTransitGatewayVpcAttachmentsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc] }] })), (d) => d.TransitGatewayVpcAttachments?.[0]?.State === 'available');
    expect((await fail(ec2.send(new DeleteTransitGatewayCommand({ TransitGatewayId: tgw.TransitGatewayId! })))).name).toBe('IncorrectState');
    await ec2.send(new DeleteTransitGatewayVpcAttachmentCommand({ TransitGatewayAttachmentId: att.TransitGatewayAttachmentId! }));
    await until(() => ec2.send(new DescribeTransitGatewayVpcAttachmentsCommand({ TransitGatewayAttachmentIds: [att.TransitGatewayAttachmentId!] })), (d) => d.TransitGatewayVpcAttachments?.[0]?.State === 'deleted');
    const del = await ec2.send(new DeleteTransitGatewayCommand({ TransitGatewayId: tgw.TransitGatewayId! }));
    expect(del.TransitGateway?.State).toBe('deleting');
  });
});

describe('EC2 site-to-site VPN', () => {
  it('builds cgw + vgw (attached) + VPN with two tunnels; a tunnel-down fault drops one tunnel', async () => {
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.50.0.0/16' }))).Vpc!.VpcId!;
    const cgw = (await ec2.send(new CreateCustomerGatewayCommand({ Type: 'ipsec.1', BgpAsn: 65010, IpAddress: '203.0.113.10' }))).CustomerGateway!;
    expect(cgw.CustomerGatewayId).toMatch(/^cgw-[0-9a-f]{17}$/);
    expect(cgw.State).toBe('available');
    const vgw = (await ec2.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }))).VpnGateway!;
    expect(vgw.VpnGatewayId).toMatch(/^vgw-[0-9a-f]{17}$/);
    await until(() => ec2.send(new DescribeVpnGatewaysCommand({ VpnGatewayIds: [vgw.VpnGatewayId!] })), (d) => d.VpnGateways?.[0]?.State === 'available');
    await ec2.send(new AttachVpnGatewayCommand({ VpnGatewayId: vgw.VpnGatewayId!, VpcId: vpc }));
    await until(() => ec2.send(new DescribeVpnGatewaysCommand({ Filters: [{ Name: 'attachment.vpc-id', Values: [vpc] }] })), (d) => d.VpnGateways?.[0]?.VpcAttachments?.[0]?.State === 'attached');
    const vpn = (await ec2.send(new CreateVpnConnectionCommand({ Type: 'ipsec.1', CustomerGatewayId: cgw.CustomerGatewayId!, VpnGatewayId: vgw.VpnGatewayId!, Options: { StaticRoutesOnly: true } }))).VpnConnection!;
    expect(vpn.VpnConnectionId).toMatch(/^vpn-[0-9a-f]{17}$/);
    expect(vpn.VgwTelemetry?.map((t) => t.Status)).toEqual(['DOWN', 'DOWN']);
    expect((await waitUntilVpnConnectionAvailable({ client: ec2, ...fast }, { VpnConnectionIds: [vpn.VpnConnectionId!] })).state).toBe('SUCCESS');
    const tunnels = async (): Promise<(string | undefined)[]> =>
      (await ec2.send(new DescribeVpnConnectionsCommand({ VpnConnectionIds: [vpn.VpnConnectionId!] }))).VpnConnections![0]!.VgwTelemetry!.map((t) => t.Status);
    expect(await tunnels()).toEqual(['UP', 'UP']);
    const d = (await ec2.send(new DescribeVpnConnectionsCommand({ VpnConnectionIds: [vpn.VpnConnectionId!] }))).VpnConnections![0]!;
    expect(d.VgwTelemetry?.[0]?.OutsideIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(d.Options?.StaticRoutesOnly).toBe(true);
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'tunnel-down', vpnConnectionId: vpn.VpnConnectionId, tunnel: 2 });
    expect(await tunnels()).toEqual(['UP', 'DOWN']);
    const msg = (await ec2.send(new DescribeVpnConnectionsCommand({ VpnConnectionIds: [vpn.VpnConnectionId!] }))).VpnConnections![0]!.VgwTelemetry![1]!.StatusMessage;
    expect(msg).toContain('tunnel 2 down');
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as { id: string }).id}`);
    expect(await tunnels()).toEqual(['UP', 'UP']);
    expect((await fail(ec2.send(new DeleteCustomerGatewayCommand({ CustomerGatewayId: cgw.CustomerGatewayId! })))).name).toBe('IncorrectState');
    expect((await fail(ec2.send(new DeleteVpnGatewayCommand({ VpnGatewayId: vgw.VpnGatewayId! })))).name).toBe('IncorrectState');
    await ec2.send(new DeleteVpnConnectionCommand({ VpnConnectionId: vpn.VpnConnectionId! }));
    expect((await waitUntilVpnConnectionDeleted({ client: ec2, ...fast }, { VpnConnectionIds: [vpn.VpnConnectionId!] })).state).toBe('SUCCESS');
    await ec2.send(new DeleteCustomerGatewayCommand({ CustomerGatewayId: cgw.CustomerGatewayId! }));
    const cg = await ec2.send(new DescribeCustomerGatewaysCommand({ CustomerGatewayIds: [cgw.CustomerGatewayId!] }));
    expect(cg.CustomerGateways?.[0]?.State).toBe('deleted');
    await ec2.send(new DetachVpnGatewayCommand({ VpnGatewayId: vgw.VpnGatewayId!, VpcId: vpc }));
    await ec2.send(new DeleteVpnGatewayCommand({ VpnGatewayId: vgw.VpnGatewayId! }));
  });

  it('needs exactly one of VpnGatewayId / TransitGatewayId', async () => {
    const cgw = (await ec2.send(new CreateCustomerGatewayCommand({ Type: 'ipsec.1', BgpAsn: 65011, IpAddress: '203.0.113.11' }))).CustomerGateway!;
    expect((await fail(ec2.send(new CreateVpnConnectionCommand({ Type: 'ipsec.1', CustomerGatewayId: cgw.CustomerGatewayId! })))).name).toBe('InvalidParameterCombination');
  });
});
