// Shared by the provisioning benchmark and reliability scripts: a Sandbox target, designs, and a census of
// everything still carrying a design's tag (so "no orphan" and "nothing tagged" are checked, not assumed).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import {
  DescribeAddressesCommand, DescribeCustomerGatewaysCommand, DescribeInstancesCommand, DescribeInternetGatewaysCommand, DescribeLaunchTemplatesCommand,
  DescribeNatGatewaysCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, DescribeVpnGatewaysCommand,
} from '@aws-sdk/client-ec2';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { sandboxControl, startSandbox, type Sandbox } from '../src/cloud-sim';
import type { Design } from '../src/model';
import { callerIdentity, clientFactory, type CallRecord, type ClientFactory } from '../src/provision/clients';
import { discoverAll } from '../src/provision/discover';
import { HANDLER_LIST } from '../src/provision/handlers';
import type { SessionOptions } from '../src/provision/session';
import { design } from '../src/testing/builders';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** The Sandbox in a child process (`ha-architect sandbox`), so its CPU is not the client's. */
async function childSandbox(timeScale: number): Promise<Sandbox> {
  const child = spawn(process.execPath, ['bin/ha-architect.mjs', 'sandbox', '--port', '0', '--time-scale', String(timeScale)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (c: Buffer) => {
      buf += c.toString();
      const m = /Sandbox running at (http:\/\/127\.0\.0\.1:\d+)/.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  const info = await sandboxControl(endpoint).info();
  return {
    endpoint, port: Number(new URL(endpoint).port), credentials: info.credentials, accountId: info.accountId, regions: info.regions,
    world: undefined as never,
    close: async () => { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); },
  };
}

/** A Sandbox (in this process, or a child process) and session options on it, with every API attempt counted. */
export async function sandboxTarget(timeScale: number, inChild = false): Promise<{ sb: Sandbox; factory: ClientFactory; options: SessionOptions; calls: CallRecord[] }> {
  const sb = inChild ? await childSandbox(timeScale) : await startSandbox({ port: 0, timeScale });
  const calls: CallRecord[] = [];
  const factory = clientFactory({ kind: 'sandbox', endpoint: sb.endpoint, credentials: sb.credentials }, { onCall: (c) => calls.push(c) });
  const identity = await callerIdentity(factory);
  const handlers = await served(factory);
  return { sb, factory, calls, options: { factory, identity, handlers, stateDir: mkdtempSync(join(tmpdir(), 'ha-bench-')) } };
}

async function served(factory: ClientFactory) {
  try {
    const { DescribeAlarmsCommand } = await import('@aws-sdk/client-cloudwatch');
    await factory('us-east-1').cloudwatch.send(new DescribeAlarmsCommand({ MaxRecords: 1 }));
    return HANDLER_LIST;
  } catch {
    return HANDLER_LIST.filter((h) => h.kind !== 'alarm');
  }
}

/** Adds a Sandbox fault. */
export async function fault(sb: Sandbox, spec: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
  if (!res.ok) throw new Error(`fault rejected: ${await res.text()}`);
}

/** Removes all faults. */
export async function clearFaults(sb: Sandbox): Promise<void> {
  await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: '{}' });
}

/** A mid-size web stack: network, NAT, routes, groups, two instances, target group, ALB, ASG, topic. */
export function webStack(id: string): Design {
  return design(id)
    .region('r', 'us-east-1', (r) => r.vpc('vpc', '10.4.0.0/16', (v) => v
      .az('a', 'us-east-1a', (a) => a
        .subnet('pub-a', '10.4.0.0/24', { public: true }, (s) => s.nat('nat-a'))
        .subnet('app-a', '10.4.10.0/24', {}, (s) => s.instance('web-a', { instanceType: 't3.small', securityGroupIds: ['sg-app'] })))
      .az('b', 'us-east-1b', (a) => a
        .subnet('pub-b', '10.4.1.0/24', { public: true })
        .subnet('app-b', '10.4.11.0/24', {}, (s) => s.instance('web-b', { instanceType: 't3.small', securityGroupIds: ['sg-app'] })))
      .igw('igw')
      .routeTable('rt-pub', { routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'igw' }], subnetIds: ['pub-a', 'pub-b'] })
      .routeTable('rt-app', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-a' }], subnetIds: ['app-a', 'app-b'] })
      .securityGroup('sg-lb', { description: 'lb', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })
      .securityGroup('sg-app', { description: 'app', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 8080, toPort: 8080, sourceGroupId: 'sg-lb' }] })
      .lb('alb', { type: 'application', scheme: 'internet-facing', subnetIds: ['pub-a', 'pub-b'], securityGroupIds: ['sg-lb'], crossZone: true })
      .tg('tg', { protocol: 'HTTP', port: 8080 })
      .asg('asg', { minSize: 2, desiredCapacity: 2, maxSize: 4, subnetIds: ['app-a', 'app-b'], healthCheckType: 'EC2', launch: { instanceType: 't3.small', role: '', securityGroupIds: ['sg-app'] } }))
      .topic('ops', { subscriptions: [{ protocol: 'email', endpoint: 'ops@example.com' }] }))
    .traffic('alb', 'tg', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('tg', 'web-a').traffic('tg', 'web-b').traffic('tg', 'asg')
    .build();
}

/** Drops kinds whose service the target does not serve (alarms until the Sandbox has CloudWatch). */
export function servedPart(d: Design, options: SessionOptions): Design {
  const kinds = new Set((options.handlers ?? HANDLER_LIST).map((h) => h.kind));
  const drop = new Set(d.nodes.filter((n) => n.kind === 'alarm' && !kinds.has('alarm')).map((n) => n.id));
  return { ...d, nodes: d.nodes.filter((n) => !drop.has(n.id)), edges: d.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)) };
}

/** Resources still carrying the design's tag: handled kinds (by discovery) plus sub-resources, per type. */
export async function census(factory: ClientFactory, options: SessionOptions, designId: string, region = 'us-east-1'): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await discoverAll(factory, { regions: [region], designId, handlers: options.handlers })) out[r.kind] = (out[r.kind] ?? 0) + 1;
  const ec2 = factory(region).ec2;
  const Filters = [{ Name: 'tag:ha-architect:design', Values: [designId] }];
  const count = (k: string, n: number) => { if (n) out[k] = (out[k] ?? 0) + n; };
  count('ec2:vpc', (await ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs?.length ?? 0);
  count('ec2:subnet', (await ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets?.length ?? 0);
  count('ec2:igw', (await ec2.send(new DescribeInternetGatewaysCommand({ Filters }))).InternetGateways?.length ?? 0);
  count('ec2:nat', ((await ec2.send(new DescribeNatGatewaysCommand({ Filter: Filters }))).NatGateways ?? []).filter((n) => n.State !== 'deleted').length);
  count('ec2:eip', (await ec2.send(new DescribeAddressesCommand({ Filters }))).Addresses?.length ?? 0);
  count('ec2:route-table', (await ec2.send(new DescribeRouteTablesCommand({ Filters }))).RouteTables?.length ?? 0);
  count('ec2:security-group', (await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups?.length ?? 0);
  count('ec2:instance', ((await ec2.send(new DescribeInstancesCommand({ Filters: [...Filters, { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down'] }] }))).Reservations ?? []).flatMap((r) => r.Instances ?? []).length);
  count('ec2:launch-template', (await ec2.send(new DescribeLaunchTemplatesCommand({ Filters }))).LaunchTemplates?.length ?? 0);
  count('ec2:customer-gateway', ((await ec2.send(new DescribeCustomerGatewaysCommand({ Filters }))).CustomerGateways ?? []).filter((g) => g.State !== 'deleted').length);
  count('ec2:vpn-gateway', ((await ec2.send(new DescribeVpnGatewaysCommand({ Filters }))).VpnGateways ?? []).filter((g) => g.State !== 'deleted').length);
  count('autoscaling:group', (await factory(region).autoscaling.send(new DescribeAutoScalingGroupsCommand({ Filters: [{ Name: 'tag:ha-architect:design', Values: [designId] }] }))).AutoScalingGroups?.length ?? 0);
  count('rds:db', ((await factory(region).rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).filter((d) => (d.TagList ?? []).some((t) => t.Key === 'ha-architect:design' && t.Value === designId)).length);
  return out;
}

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
}
