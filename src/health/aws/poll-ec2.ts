/** EC2 polls of one region: instance status (batched), VPN tunnel telemetry, NAT gateway state. */
import { DescribeInstanceStatusCommand, DescribeNatGatewaysCommand, DescribeVpnConnectionsCommand, type EC2Client, type InstanceStatus } from '@aws-sdk/client-ec2';
import { sourceKey } from '../observation';
import { track, type ObsDraft } from './draft';

/** Up to this many ids are named in the call; beyond it one paged call per 1,000 instances reads them all. */
const MAX_IDS = 100;

function record(d: ObsDraft, wanted: ReadonlySet<string>, list: readonly InstanceStatus[] | undefined): void {
  for (const s of list ?? []) {
    if (!s.InstanceId || !wanted.has(s.InstanceId)) continue;
    d.instances.set(s.InstanceId, {
      id: s.InstanceId, state: s.InstanceState?.Name ?? 'unknown', az: s.AvailabilityZone,
      systemStatus: s.SystemStatus?.Status, instanceStatus: s.InstanceStatus?.Status,
    });
  }
}

/** DescribeInstanceStatus with IncludeAllInstances: by id when few, else every instance of the region, 1,000 per page. */
export async function pollInstances(ec2: EC2Client, region: string, ids: readonly string[], d: ObsDraft): Promise<void> {
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  const key = sourceKey.instances(region);
  const op = 'DescribeInstanceStatus';
  if (ids.length <= MAX_IDS) {
    let missing = false;
    const r = await track(d, key, op, async () => {
      try {
        return await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [...ids], IncludeAllInstances: true }));
      } catch (err) {
        // An id that no longer exists fails the whole call: read the region instead.
        if ((err as { name?: string }).name === 'InvalidInstanceID.NotFound') { missing = true; return undefined; }
        throw err;
      }
    });
    if (!missing) return record(d, wanted, r?.InstanceStatuses);
  }
  let NextToken: string | undefined;
  do {
    const r = await track(d, key, op, () => ec2.send(new DescribeInstanceStatusCommand({ IncludeAllInstances: true, MaxResults: 1000, NextToken })));
    if (!r) return;
    record(d, wanted, r.InstanceStatuses);
    NextToken = r.NextToken;
  } while (NextToken);
}

/** DescribeVpnConnections: state and per-tunnel telemetry. */
export async function pollVpns(ec2: EC2Client, region: string, ids: readonly string[], d: ObsDraft): Promise<void> {
  if (ids.length === 0) return;
  const r = await track(d, sourceKey.vpns(region), 'DescribeVpnConnections', () => ec2.send(new DescribeVpnConnectionsCommand({ VpnConnectionIds: [...ids] })));
  for (const v of r?.VpnConnections ?? []) {
    if (!v.VpnConnectionId) continue;
    d.vpns.set(v.VpnConnectionId, {
      id: v.VpnConnectionId, state: v.State ?? 'unknown',
      tunnels: (v.VgwTelemetry ?? []).map((t) => ({
        outsideIp: t.OutsideIpAddress, status: t.Status ?? 'UNKNOWN', message: t.StatusMessage || undefined, lastChange: t.LastStatusChange?.toISOString(),
      })),
    });
  }
}

/** DescribeNatGateways by id. */
export async function pollNats(ec2: EC2Client, region: string, ids: readonly string[], d: ObsDraft): Promise<void> {
  if (ids.length === 0) return;
  const r = await track(d, sourceKey.nats(region), 'DescribeNatGateways', () => ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [...ids] })));
  for (const g of r?.NatGateways ?? []) {
    if (g.NatGatewayId) d.nats.set(g.NatGatewayId, { id: g.NatGatewayId, state: g.State ?? 'unknown', message: g.FailureMessage });
  }
}
