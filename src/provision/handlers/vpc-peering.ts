/** VPC peering handler: request (possibly cross-region), accept on the accepter side, wait active; delete. */
import {
  AcceptVpcPeeringConnectionCommand, CreateVpcPeeringConnectionCommand, DeleteVpcPeeringConnectionCommand, DescribeVpcPeeringConnectionsCommand,
  paginateDescribeVpcPeeringConnections, type VpcPeeringConnection,
} from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { tagSpec } from '../tags';
import type { ActualResource } from '../types';
import { designFilters, failedState, ignoreNotFound, nodeFilters, owned } from './ec2-util';

const GONE = ['deleted', 'rejected', 'failed', 'expired'];

function toActual(ctx: DiscoverContext, p: VpcPeeringConnection): ActualResource {
  const state = p.Status?.Code ?? 'pending-acceptance';
  return {
    kind: 'vpcPeering', id: p.VpcPeeringConnectionId!, ...owned(ctx, p.VpcPeeringConnectionId!, p.Tags),
    props: { vpcs: [p.RequesterVpcInfo?.VpcId ?? '', p.AccepterVpcInfo?.VpcId ?? ''] },
    attrs: { state, ...(state !== 'active' ? { pending: state } : {}), ...(state === 'deleting' ? { deleting: state } : {}) },
  };
}

async function describe(ctx: OpContext, id: string): Promise<VpcPeeringConnection | undefined> {
  return (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeVpcPeeringConnectionsCommand({ VpcPeeringConnectionIds: [id] }))))?.VpcPeeringConnections?.[0];
}

/** Accepts (on the accepter's region) a pending request and waits until the peering is active. */
async function acceptAndWait(ctx: OpContext, id: string, accepterRegion: string): Promise<void> {
  await ctx.poll(`peering ${id} to be active`, async () => {
    const p = await describe(ctx, id);
    const code = p?.Status?.Code;
    if (code && GONE.includes(code)) throw failedState(`peering ${id}`, code, p?.Status?.Message);
    if (code === 'pending-acceptance') {
      await ctx.clientsFor(accepterRegion).ec2.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: id }));
      return undefined;
    }
    return code === 'active' ? true : undefined;
  });
}

/** VPC peering handler. */
export const vpcPeeringHandler: Handler = {
  kind: 'vpcPeering',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeVpcPeeringConnections({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const p of page.VpcPeeringConnections ?? []) {
        // A cross-region peering shows in both regions; it belongs to the requester's.
        const home = p.RequesterVpcInfo?.Region;
        if (!GONE.includes(p.Status?.Code ?? '') && (!home || home === ctx.region)) out.push(toActual(ctx, p));
      }
    }
    return out;
  },
  async create(ctx, want) {
    const requester = want.hints.requester ? ctx.resource(String(want.hints.requester)) : undefined;
    const accepter = want.hints.accepter ? ctx.resource(String(want.hints.accepter)) : undefined;
    if (!requester || !accepter) throw new Error(`peering ${want.name} needs link edges to exactly two VPCs`);
    const accepterRegion = String(want.hints.accepterRegion ?? ctx.region);
    const created = await ctx.createOnce(`peering ${want.name}`,
      async () => (await ctx.clients.ec2Once.send(new CreateVpcPeeringConnectionCommand({
        VpcId: requester.id, PeerVpcId: accepter.id, ...(accepterRegion !== ctx.region ? { PeerRegion: accepterRegion } : {}),
        TagSpecifications: tagSpec('vpc-peering-connection', ctx.tags(want)),
      }))).VpcPeeringConnection!,
      async () => (await ctx.clients.ec2.send(new DescribeVpcPeeringConnectionsCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) })))
        .VpcPeeringConnections?.find((p) => !GONE.includes(p.Status?.Code ?? '')));
    await acceptAndWait(ctx, created.VpcPeeringConnectionId!, accepterRegion);
    return { kind: 'vpcPeering', nodeId: want.nodeId, region: ctx.region, id: created.VpcPeeringConnectionId!, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have) {
    await acceptAndWait(ctx, have.id, String(want.hints.accepterRegion ?? ctx.region));
  },
  async delete(ctx, have) {
    await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteVpcPeeringConnectionCommand({ VpcPeeringConnectionId: have.id })));
    await ctx.poll(`peering ${have.id} to be deleted`, async () => {
      const code = (await describe(ctx, have.id))?.Status?.Code;
      return !code || GONE.includes(code) ? true : undefined;
    });
  },
};
