/** Route table handler: routes to gateways / peerings / TGWs / VPNs and subnet associations, reconciled by physical ids. */
import {
  AssociateRouteTableCommand, CreateRouteCommand, CreateRouteTableCommand, DeleteRouteCommand, DeleteRouteTableCommand, DescribeRouteTablesCommand,
  DisassociateRouteTableCommand, ReplaceRouteCommand, ReplaceRouteTableAssociationCommand, paginateDescribeRouteTables, type CreateRouteCommandInput, type RouteTable,
} from '@aws-sdk/client-ec2';
import { awsError } from '../errors';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { tagSpec } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { deleteWithRetry, designFilters, ignoreNotFound, owned } from './ec2-util';

type Target = Pick<CreateRouteCommandInput, 'GatewayId' | 'NatGatewayId' | 'VpcPeeringConnectionId' | 'TransitGatewayId'>;

function routesOf(rt: RouteTable): { destination: string; target: string }[] {
  return (rt.Routes ?? [])
    .filter((r) => r.GatewayId !== 'local' && r.Origin !== 'CreateRouteTable' && r.DestinationCidrBlock)
    .map((r) => ({ destination: r.DestinationCidrBlock!, target: r.GatewayId ?? r.NatGatewayId ?? r.VpcPeeringConnectionId ?? r.TransitGatewayId ?? r.InstanceId ?? '' }));
}

function toActual(ctx: DiscoverContext, rt: RouteTable): ActualResource {
  return {
    kind: 'routeTable', id: rt.RouteTableId!, ...owned(ctx, rt.RouteTableId!, rt.Tags), vpc: rt.VpcId,
    props: {
      vpc: rt.VpcId ?? null,
      routes: routesOf(rt),
      subnets: (rt.Associations ?? []).filter((a) => !a.Main && a.SubnetId).map((a) => a.SubnetId!),
    },
  };
}

/** The CreateRoute target fields for a route to a node. */
function targetOf(ctx: OpContext, nodeId: string): Target {
  const r = ctx.resource(nodeId);
  switch (r.kind) {
    case 'internetGateway': return { GatewayId: r.id };
    case 'natGateway': return { NatGatewayId: r.id };
    case 'vpcPeering': return { VpcPeeringConnectionId: r.id };
    case 'transitGateway': return { TransitGatewayId: r.id };
    case 'vpnConnection': {
      const vgw = r.attrs?.vpnGatewayId;
      if (!vgw) throw new Error(`route to VPN ${nodeId}: it is attached to a transit gateway; route to the transit gateway instead`);
      return { GatewayId: vgw };
    }
    default: throw new Error(`route target ${nodeId} is a ${r.kind}, which cannot be a route target`);
  }
}

/** Brings routes and associations of a live table in line with the design. */
async function reconcile(ctx: OpContext, want: DesiredResource, rt: RouteTable): Promise<void> {
  const ec2 = ctx.clients.ec2;
  const id = rt.RouteTableId!;
  const have = new Map(routesOf(rt).map((r) => [r.destination, r.target]));
  const wanted = (want.props.routes as readonly { destination: string; target: Ref | null }[]);
  for (const r of wanted) {
    if (!r.target) throw new Error(`route ${r.destination} of ${want.name} has no target`);
    const target = targetOf(ctx, r.target.ref);
    const physical = Object.values(target)[0];
    const current = have.get(r.destination);
    if (current === physical) continue;
    const input = { RouteTableId: id, DestinationCidrBlock: r.destination, ...target };
    await ec2.send(current === undefined ? new CreateRouteCommand(input) : new ReplaceRouteCommand(input));
  }
  for (const dest of have.keys()) {
    if (!wanted.some((r) => r.destination === dest)) await ec2.send(new DeleteRouteCommand({ RouteTableId: id, DestinationCidrBlock: dest }));
  }
  const subnets = (want.props.subnets as readonly Ref[]).map((s) => ctx.resource(s.ref).id);
  for (const a of rt.Associations ?? []) {
    if (!a.Main && a.SubnetId && !subnets.includes(a.SubnetId)) await ec2.send(new DisassociateRouteTableCommand({ AssociationId: a.RouteTableAssociationId! }));
  }
  for (const s of subnets) {
    if ((rt.Associations ?? []).some((a) => a.SubnetId === s)) continue;
    try {
      await ec2.send(new AssociateRouteTableCommand({ RouteTableId: id, SubnetId: s }));
    } catch (err) {
      // A subnet already associated elsewhere (e.g. after a replace) is moved, not associated twice.
      if (!/AlreadyAssociated/.test(awsError(err).code)) throw err;
      const elsewhere = (await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: [s] }] }))).RouteTables
        ?.flatMap((t) => t.Associations ?? []).find((a) => a.SubnetId === s);
      if (!elsewhere?.RouteTableAssociationId) throw err;
      await ec2.send(new ReplaceRouteTableAssociationCommand({ AssociationId: elsewhere.RouteTableAssociationId, RouteTableId: id }));
    }
  }
}

async function describe(ctx: OpContext, id: string): Promise<RouteTable> {
  const rt = (await ctx.clients.ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [id] }))).RouteTables?.[0];
  if (!rt) throw Object.assign(new Error(`route table ${id} not found`), { name: 'InvalidRouteTableID.NotFound' });
  return rt;
}

/** Route table handler. */
export const routeTableHandler: Handler = {
  kind: 'routeTable',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeRouteTables({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const rt of page.RouteTables ?? []) out.push(toActual(ctx, rt));
    }
    return out;
  },
  async create(ctx, want) {
    const vpc = ctx.resource((want.props.vpc as Ref).ref);
    const rt = (await ctx.clients.ec2.send(new CreateRouteTableCommand({
      VpcId: vpc.id, ClientToken: ctx.token(want.nodeId), TagSpecifications: tagSpec('route-table', ctx.tags(want)),
    }))).RouteTable!;
    await reconcile(ctx, want, rt);
    return { kind: 'routeTable', nodeId: want.nodeId, region: ctx.region, id: rt.RouteTableId!, vpc: vpc.nodeId, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have) {
    await reconcile(ctx, want, await describe(ctx, have.id));
  },
  async delete(ctx, have) {
    const rt = (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [have.id] }))))?.RouteTables?.[0];
    if (!rt) return;
    for (const a of rt.Associations ?? []) {
      if (!a.Main && a.RouteTableAssociationId) await ignoreNotFound(() => ctx.clients.ec2.send(new DisassociateRouteTableCommand({ AssociationId: a.RouteTableAssociationId })));
    }
    await deleteWithRetry(ctx, `delete route table ${have.id}`, () => ctx.clients.ec2.send(new DeleteRouteTableCommand({ RouteTableId: have.id })));
  },
};
