/** Route tables, routes (to igw, nat, pcx, tgw, vgw, instance) and subnet/gateway associations. */
import { AwsError, badValue } from '../core/errors';
import { newId } from '../core/ids';
import type { ActionContext } from '../core/service';
import { parseCidr } from './cidr';
import { describe } from './describe';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { Route, RouteTable, Vpc } from './types';

/** Creates the main route table of a new VPC (with its local route); returns its id. */
export function createMainRouteTable(state: Ec2Region, vpc: Vpc): string {
  const id = newId('rtb');
  state.routeTables[id] = {
    routeTableId: id, vpcId: vpc.vpcId,
    routes: [{ destinationCidrBlock: vpc.cidrBlock, gatewayId: 'local', origin: 'CreateRouteTable' }],
    associations: [{ associationId: newId('rtbassoc'), main: true }],
  };
  return id;
}

function routeState(state: Ec2Region, r: Route): string {
  if (r.natGatewayId) {
    const nat = state.natGateways[r.natGatewayId];
    return nat && nat.state !== 'deleted' && nat.state !== 'deleting' && nat.state !== 'failed' ? 'active' : 'blackhole';
  }
  if (r.gatewayId?.startsWith('igw-')) return state.internetGateways[r.gatewayId]?.vpcId ? 'active' : 'blackhole';
  if (r.vpcPeeringConnectionId) return state.peerings[r.vpcPeeringConnectionId]?.state === 'active' ? 'active' : 'blackhole';
  if (r.instanceId) return state.instances[r.instanceId]?.state === 'running' ? 'active' : 'blackhole';
  return 'active';
}

/** The wire form of a route table. */
export function renderRouteTable(state: Ec2Region, rt: RouteTable, ownerId: string): unknown {
  return {
    routeTableId: rt.routeTableId, vpcId: rt.vpcId, ownerId, tagSet: tagSet(rt.tags),
    associationSet: rt.associations.map((a) => ({
      main: a.main, routeTableAssociationId: a.associationId, routeTableId: rt.routeTableId, subnetId: a.subnetId,
      gatewayId: a.gatewayId, associationState: { state: 'associated' },
    })),
    routeSet: rt.routes.map((r) => ({ ...r, state: routeState(state, r) })),
  };
}

function createRouteTable(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const vpcId = ctx.params.req('VpcId');
  must(state.vpcs, vpcId, 'InvalidVpcID.NotFound', 'vpc ID');
  const vpc = state.vpcs[vpcId]!;
  const id = newId('rtb');
  const rt: RouteTable = {
    routeTableId: id, vpcId, associations: [], tags: tagsOnCreate(ctx.params, 'route-table'),
    routes: [{ destinationCidrBlock: vpc.cidrBlock, gatewayId: 'local', origin: 'CreateRouteTable' }],
  };
  state.routeTables[id] = rt;
  return { routeTable: renderRouteTable(state, rt, ctx.accountId) };
}

function mustRt(state: Ec2Region, id: string): RouteTable {
  return must(state.routeTables, id, 'InvalidRouteTableID.NotFound', 'routeTable ID');
}

function deleteRouteTable(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const rt = mustRt(state, ctx.params.req('RouteTableId'));
  if (rt.associations.length > 0) {
    throw new AwsError('DependencyViolation', `The routeTable '${rt.routeTableId}' has dependencies and cannot be deleted.`, 400);
  }
  delete state.routeTables[rt.routeTableId];
  return { return: true };
}

function target(ctx: ActionContext, state: Ec2Region, rt: RouteTable): Omit<Route, 'destinationCidrBlock' | 'origin'> {
  const p = ctx.params;
  const gw = p.str('GatewayId');
  const targets: [string, string | undefined][] = [
    ['GatewayId', gw], ['NatGatewayId', p.str('NatGatewayId')], ['VpcPeeringConnectionId', p.str('VpcPeeringConnectionId')],
    ['TransitGatewayId', p.str('TransitGatewayId')], ['InstanceId', p.str('InstanceId')],
  ];
  const given = targets.filter(([, v]) => v);
  if (given.length !== 1) throw new AwsError('InvalidParameterCombination', 'Specify exactly one route target (GatewayId, NatGatewayId, VpcPeeringConnectionId, TransitGatewayId or InstanceId)', 400);
  const [key, id] = given[0] as [string, string];
  if (key === 'GatewayId') {
    if (id.startsWith('igw-')) {
      const igw = must(state.internetGateways, id, 'InvalidGatewayID.NotFound', 'gateway ID');
      if (igw.vpcId !== rt.vpcId) throw new AwsError('InvalidParameterValue', `route table ${rt.routeTableId} and network gateway ${id} belong to different networks`, 400);
    } else if (id.startsWith('vgw-')) must(state.vpnGateways, id, 'InvalidGatewayID.NotFound', 'gateway ID');
    else throw new AwsError('InvalidGatewayID.NotFound', `The gateway ID '${id}' does not exist`, 400);
    return { gatewayId: id };
  }
  if (key === 'NatGatewayId') return { natGatewayId: must(state.natGateways, id, 'InvalidNatGatewayID.NotFound', 'natGateway ID').natGatewayId };
  if (key === 'VpcPeeringConnectionId') return { vpcPeeringConnectionId: must(state.peerings, id, 'InvalidVpcPeeringConnectionID.NotFound', 'vpcPeeringConnection ID').vpcPeeringConnectionId };
  if (key === 'TransitGatewayId') return { transitGatewayId: must(state.transitGateways, id, 'InvalidTransitGatewayID.NotFound', 'transitGateway ID').transitGatewayId };
  return { instanceId: must(state.instances, id, 'InvalidInstanceID.NotFound', 'instance ID').instanceId };
}

function destination(ctx: ActionContext): string {
  const dest = ctx.params.req('DestinationCidrBlock');
  if (!parseCidr(dest)) throw badValue('DestinationCidrBlock', dest, 'an IPv4 CIDR block');
  return dest;
}

function createRoute(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const rt = mustRt(state, ctx.params.req('RouteTableId'));
  const dest = destination(ctx);
  if (rt.routes.some((r) => r.destinationCidrBlock === dest)) {
    throw new AwsError('RouteAlreadyExists', `The route identified by ${dest} already exists.`, 400);
  }
  rt.routes.push({ destinationCidrBlock: dest, ...target(ctx, state, rt), origin: 'CreateRoute' });
  return { return: true };
}

function replaceRoute(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const rt = mustRt(state, ctx.params.req('RouteTableId'));
  const dest = destination(ctx);
  const i = rt.routes.findIndex((r) => r.destinationCidrBlock === dest);
  if (i < 0) throw new AwsError('InvalidRoute.NotFound', `no route with destination-cidr-block ${dest} in route table ${rt.routeTableId}`, 400);
  rt.routes[i] = { destinationCidrBlock: dest, ...target(ctx, state, rt), origin: 'CreateRoute' };
  return { return: true };
}

function deleteRoute(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const rt = mustRt(state, ctx.params.req('RouteTableId'));
  const dest = destination(ctx);
  const i = rt.routes.findIndex((r) => r.destinationCidrBlock === dest && r.gatewayId !== 'local');
  if (i < 0) throw new AwsError('InvalidRoute.NotFound', `no route with destination-cidr-block ${dest} in route table ${rt.routeTableId}`, 400);
  rt.routes.splice(i, 1);
  return { return: true };
}

function associateRouteTable(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const rt = mustRt(state, ctx.params.req('RouteTableId'));
  const subnetId = ctx.params.str('SubnetId');
  const gatewayId = ctx.params.str('GatewayId');
  if (!subnetId === !gatewayId) throw new AwsError('InvalidParameterCombination', 'Specify exactly one of SubnetId or GatewayId', 400);
  if (subnetId) {
    const subnet = must(state.subnets, subnetId, 'InvalidSubnetID.NotFound', 'subnet ID');
    if (subnet.vpcId !== rt.vpcId) throw new AwsError('InvalidParameterValue', `Route table ${rt.routeTableId} and subnet ${subnetId} belong to different networks`, 400);
    for (const other of Object.values(state.routeTables)) {
      if (other.associations.some((a) => a.subnetId === subnetId)) {
        throw new AwsError('Resource.AlreadyAssociated', `the specified association for route table ${other.routeTableId} conflicts with an existing association`, 400);
      }
    }
  } else must(state.internetGateways, gatewayId!, 'InvalidGatewayID.NotFound', 'gateway ID');
  const associationId = newId('rtbassoc');
  rt.associations.push({ associationId, main: false, ...(subnetId ? { subnetId } : { gatewayId: gatewayId! }) });
  return { associationId, associationState: { state: 'associated' } };
}

function disassociateRouteTable(ctx: ActionContext): unknown {
  const id = ctx.params.req('AssociationId');
  for (const rt of Object.values(ec2State(ctx).routeTables)) {
    const i = rt.associations.findIndex((a) => a.associationId === id);
    if (i < 0) continue;
    if (rt.associations[i]!.main) throw new AwsError('InvalidParameterValue', 'cannot disassociate the main route table association', 400);
    rt.associations.splice(i, 1);
    return { return: true };
  }
  throw new AwsError('InvalidAssociationID.NotFound', `The association ID '${id}' does not exist`, 400);
}

function replaceAssociation(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const id = ctx.params.req('AssociationId');
  const target = mustRt(state, ctx.params.req('RouteTableId'));
  for (const rt of Object.values(state.routeTables)) {
    const i = rt.associations.findIndex((a) => a.associationId === id);
    if (i < 0) continue;
    const old = rt.associations[i]!;
    if (rt.vpcId !== target.vpcId) throw new AwsError('InvalidParameterValue', `Route table ${target.routeTableId} is not in ${rt.vpcId}`, 400);
    rt.associations.splice(i, 1);
    const newAssociationId = newId('rtbassoc');
    target.associations.push({ ...old, associationId: newAssociationId });
    return { newAssociationId, associationState: { state: 'associated' } };
  }
  throw new AwsError('InvalidAssociationID.NotFound', `The association ID '${id}' does not exist`, 400);
}

function describeRouteTables(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const page = describe(ctx, state.routeTables, {
    idsKey: 'RouteTableId', notFound: 'InvalidRouteTableID.NotFound', what: 'routeTable ID',
    fields: (rt, name) => {
      switch (name) {
        case 'route-table-id': return rt.routeTableId;
        case 'vpc-id': return rt.vpcId;
        case 'association.subnet-id': return rt.associations.map((a) => a.subnetId);
        case 'association.route-table-association-id': return rt.associations.map((a) => a.associationId);
        case 'association.main': return rt.associations.some((a) => a.main) ? 'true' : 'false';
        case 'route.nat-gateway-id': return rt.routes.map((r) => r.natGatewayId);
        case 'route.gateway-id': return rt.routes.map((r) => r.gatewayId);
        case 'route.transit-gateway-id': return rt.routes.map((r) => r.transitGatewayId);
        case 'route.vpc-peering-connection-id': return rt.routes.map((r) => r.vpcPeeringConnectionId);
        case 'route.destination-cidr-block': return rt.routes.map((r) => r.destinationCidrBlock);
        default: return undefined;
      }
    },
  });
  return { routeTableSet: page.items.map((rt) => renderRouteTable(state, rt, ctx.accountId)), nextToken: page.nextToken };
}

/** Route table actions. */
export const routeTableActions = {
  CreateRouteTable: createRouteTable, DeleteRouteTable: deleteRouteTable, DescribeRouteTables: describeRouteTables,
  CreateRoute: createRoute, ReplaceRoute: replaceRoute, DeleteRoute: deleteRoute,
  AssociateRouteTable: associateRouteTable, DisassociateRouteTable: disassociateRouteTable,
  ReplaceRouteTableAssociation: replaceAssociation,
};
