/** Finds a design's EC2-family resources in one region by the design tag (server-side filter). */
import {
  DescribeInstancesCommand, DescribeInternetGatewaysCommand, DescribeNatGatewaysCommand, DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeTransitGatewaysCommand, DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand, DescribeVpnConnectionsCommand, type EC2Client,
} from '@aws-sdk/client-ec2';
import type { NodeKind } from '../../model';
import { designFilter, nodeIdOf } from './tags';

/** A found resource: node id, kind, AWS id, and whether it is gone or going (deleted/terminated). */
export interface Found { readonly nodeId: string; readonly kind: NodeKind; readonly id: string; readonly gone?: boolean; readonly when?: number }

/** What one kind's discovery gave: resources, or why it failed (only that kind's nodes go stale). */
export type KindResult = { readonly kind: NodeKind; readonly found: readonly Found[] } | { readonly kind: NodeKind; readonly error: unknown };

/** Runs one kind's discovery, catching its failure. */
export const job = (kind: NodeKind, run: () => Promise<Found[]>): Promise<KindResult> =>
  run().then((found) => ({ kind, found }), (error: unknown) => ({ kind, error }));

type Tagged = { Tags?: { Key?: string; Value?: string }[] };

async function all<T>(page: (token?: string) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const p = await page(token);
    out.push(...p.items);
    token = p.next;
  } while (token);
  return out;
}

function found<T extends Tagged>(items: readonly T[], designId: string, kind: NodeKind, id: (t: T) => string | undefined, gone?: (t: T) => boolean): Found[] {
  return items.flatMap((t) => {
    const nodeId = nodeIdOf(t.Tags, designId);
    const awsId = id(t);
    return nodeId && awsId ? [{ nodeId, kind, id: awsId, gone: gone?.(t) ?? false }] : [];
  });
}

/** Discovers the EC2 resources of the kinds asked for. */
export async function discoverEc2(ec2: EC2Client, designId: string, kinds: ReadonlySet<NodeKind>): Promise<KindResult[]> {
  const Filters = designFilter(designId);
  const jobs: Promise<KindResult>[] = [];
  if (kinds.has('instance')) {
    jobs.push(job('instance', () => all(async (NextToken) => {
      const r = await ec2.send(new DescribeInstancesCommand({ Filters, NextToken, MaxResults: 1000 }));
      return { items: (r.Reservations ?? []).flatMap((x) => x.Instances ?? []), next: r.NextToken };
    }).then((xs) => xs.flatMap((i) => {
      const nodeId = nodeIdOf(i.Tags, designId);
      const gone = i.State?.Name === 'terminated' || i.State?.Name === 'shutting-down';
      return nodeId && i.InstanceId ? [{ nodeId, kind: 'instance' as const, id: i.InstanceId, gone, when: i.LaunchTime?.getTime() ?? 0 }] : [];
    }))));
  }
  const simple = <T extends Tagged>(kind: NodeKind, call: () => Promise<T[]>, id: (t: T) => string | undefined, gone?: (t: T) => boolean) => {
    if (kinds.has(kind)) jobs.push(job(kind, () => call().then((xs) => found(xs, designId, kind, id, gone))));
  };
  simple('vpc', async () => (await ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs ?? [], (v) => v.VpcId);
  simple('subnet', async () => (await ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets ?? [], (s) => s.SubnetId);
  simple('internetGateway', async () => (await ec2.send(new DescribeInternetGatewaysCommand({ Filters }))).InternetGateways ?? [], (g) => g.InternetGatewayId);
  simple('routeTable', async () => (await ec2.send(new DescribeRouteTablesCommand({ Filters }))).RouteTables ?? [], (t) => t.RouteTableId);
  simple('securityGroup', async () => (await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups ?? [], (g) => g.GroupId);
  simple('natGateway', async () => (await ec2.send(new DescribeNatGatewaysCommand({ Filter: Filters }))).NatGateways ?? [], (g) => g.NatGatewayId, (g) => g.State === 'deleted' || g.State === 'deleting');
  simple('vpnConnection', async () => (await ec2.send(new DescribeVpnConnectionsCommand({ Filters }))).VpnConnections ?? [], (v) => v.VpnConnectionId, (v) => v.State === 'deleted' || v.State === 'deleting');
  simple('transitGateway', async () => (await ec2.send(new DescribeTransitGatewaysCommand({ Filters }))).TransitGateways ?? [], (t) => t.TransitGatewayId, (t) => t.State === 'deleted' || t.State === 'deleting');
  simple('vpcPeering', async () => (await ec2.send(new DescribeVpcPeeringConnectionsCommand({ Filters }))).VpcPeeringConnections ?? [], (p) => p.VpcPeeringConnectionId, (p) => p.Status?.Code === 'deleted');
  return Promise.all(jobs);
}
