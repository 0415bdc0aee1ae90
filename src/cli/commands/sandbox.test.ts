import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EC2Client, DescribeAvailabilityZonesCommand, CreateVpcCommand, DescribeVpcsCommand, CreateCustomerGatewayCommand,
  CreateTransitGatewayCommand, CreateVpnConnectionCommand,
} from '@aws-sdk/client-ec2';
import sandbox from './sandbox';
import { startSandbox, type Sandbox } from '../../cloud-sim/index';
import { sdkConfig } from '../../cloud-sim/testkit';
import { UsageError } from '../command';

function capture(signal?: AbortSignal): { io: { stdout: (s: string) => void; stderr: (s: string) => void; signal?: AbortSignal }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, signal }, out: () => out, err: () => err };
}

let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ port: 0, timeScale: 0.01 }); });
afterAll(async () => { await sb.close(); });

describe('ha-architect sandbox', () => {
  it('starts a Sandbox, prints endpoint, regions and credentials, and stops on abort', async () => {
    const ac = new AbortController();
    const c = capture(ac.signal);
    const running = sandbox.run(['--port', '0', '--time-scale', '0.01'], c.io);
    for (let i = 0; i < 100 && !c.out().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 10));
    const endpoint = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(c.out())?.[1];
    expect(endpoint).toBeDefined();
    expect(c.out()).toContain('AKIASANDBOXHAARCH001');
    expect(c.out()).toContain('us-east-1, us-east-2');
    const ec2 = new EC2Client({ ...sdkConfig(sb), endpoint: endpoint! });
    expect((await ec2.send(new DescribeAvailabilityZonesCommand({}))).AvailabilityZones?.length).toBe(3);
    ac.abort();
    expect(await running).toBe(0);
    expect(c.out()).toContain('Sandbox stopped.');
  });

  it('drives faults on a running Sandbox: az-down, list, az-restore, api-errors, clear --all', async () => {
    const e = ['--endpoint', sb.endpoint];
    const a = capture();
    expect(await sandbox.run(['fault', 'az-down', 'us-east-1a', ...e], a.io)).toBe(0);
    expect(a.out()).toMatch(/Added flt-[0-9a-f]+\s+az-down\s+az=us-east-1a/);
    expect(sb.world.isAzDown('us-east-1', 'us-east-1a')).toBe(true);
    const l = capture();
    expect(await sandbox.run(['fault', 'list', '--json', ...e], l.io)).toBe(0);
    expect((JSON.parse(l.out()) as { kind: string }[]).map((f) => f.kind)).toEqual(['az-down']);
    expect(await sandbox.run(['fault', 'az-restore', 'us-east-1a', ...e], capture().io)).toBe(0);
    expect(sb.world.isAzDown('us-east-1', 'us-east-1a')).toBe(false);
    expect(await sandbox.run(['fault', 'az-restore', 'us-east-1a', ...e], capture().io)).toBe(1);
    expect(await sandbox.run(['fault', 'api-errors', '--service', 'ec2', '--action', 'RunInstances', '--rate', '0.1', '--code', 'Throttling', ...e], capture().io)).toBe(0);
    expect(await sandbox.run(['fault', 'latency', '--ms', '5', ...e], capture().io)).toBe(0);
    const ec2 = new EC2Client(sdkConfig(sb));
    const cgw = (await ec2.send(new CreateCustomerGatewayCommand({ Type: 'ipsec.1', BgpAsn: 65000, IpAddress: '203.0.113.5' }))).CustomerGateway!.CustomerGatewayId!;
    const tgw = (await ec2.send(new CreateTransitGatewayCommand({}))).TransitGateway!.TransitGatewayId!;
    const vpn = (await ec2.send(new CreateVpnConnectionCommand({ Type: 'ipsec.1', CustomerGatewayId: cgw, TransitGatewayId: tgw }))).VpnConnection!.VpnConnectionId!;
    const unknown = capture();
    expect(await sandbox.run(['fault', 'tunnel-down', 'vpn-0123456789abcdef0', '2', ...e], unknown.io)).toBe(1);
    expect(unknown.err()).toContain('no VPN connection');
    expect(await sandbox.run(['fault', 'tunnel-down', vpn, '2', ...e], capture().io)).toBe(0);
    expect(sb.world.isTunnelDown(vpn, 2)).toBe(true);
    expect(await sandbox.run(['fault', 'db-crash', 'orders-db', ...e], capture().io)).toBe(0);
    expect(sb.world.isDbCrashed('orders-db')).toBe(true);
    expect(sb.world.list().map((f) => f.kind)).toEqual(['api-errors', 'latency', 'tunnel-down', 'db-crash']);
    const cl = capture();
    expect(await sandbox.run(['fault', 'clear', '--all', ...e], cl.io)).toBe(0);
    expect(cl.out()).toContain('Cleared 4 fault(s).');
    expect(sb.world.list()).toEqual([]);
  });

  it('resets a running Sandbox', async () => {
    const ec2 = new EC2Client(sdkConfig(sb));
    await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    const c = capture();
    expect(await sandbox.run(['reset', '--endpoint', sb.endpoint], c.io)).toBe(0);
    expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs).toEqual([]);
  });

  it('reports usage errors (exit 2 via UsageError) and unreachable endpoints (exit 1)', async () => {
    await expect(sandbox.run(['fault', 'meteor-strike', '--endpoint', sb.endpoint], capture().io)).rejects.toBeInstanceOf(UsageError);
    await expect(sandbox.run(['--port', 'abc'], capture().io)).rejects.toThrow(/--port/);
    await expect(sandbox.run(['fault', 'api-errors', '--endpoint', sb.endpoint], capture().io)).rejects.toThrow(/--rate/);
    await expect(sandbox.run(['--bogus'], capture().io)).rejects.toBeInstanceOf(UsageError);
    const bad = capture();
    expect(await sandbox.run(['fault', 'az-down', 'mars-1a', '--endpoint', sb.endpoint], bad.io)).toBe(1);
    expect(bad.err()).toContain("'az'");
    const down = capture();
    expect(await sandbox.run(['fault', 'list', '--endpoint', 'http://127.0.0.1:9'], down.io)).toBe(1);
    expect(down.err()).toContain('no Sandbox answering');
  });
});
