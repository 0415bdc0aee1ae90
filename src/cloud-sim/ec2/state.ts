/** The EC2 state slice of one region, and lookups shared by the resource files. */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { TokenTable } from '../core/idempotency';
import type { ActionContext, SandboxCore } from '../core/service';
import type * as T from './types';

/** Everything EC2 keeps per region (JSON, persisted). */
export interface Ec2Region {
  vpcs: Record<string, T.Vpc>;
  subnets: Record<string, T.Subnet>;
  internetGateways: Record<string, T.InternetGateway>;
  addresses: Record<string, T.Address>;
  natGateways: Record<string, T.NatGateway>;
  routeTables: Record<string, T.RouteTable>;
  securityGroups: Record<string, T.SecurityGroup>;
  launchTemplates: Record<string, T.LaunchTemplate>;
  instances: Record<string, T.Instance>;
  peerings: Record<string, T.Peering>;
  transitGateways: Record<string, T.TransitGateway>;
  tgwAttachments: Record<string, T.TgwAttachment>;
  customerGateways: Record<string, T.CustomerGateway>;
  vpnGateways: Record<string, T.VpnGateway>;
  vpnConnections: Record<string, T.VpnConnection>;
  placementGroups?: Record<string, T.PlacementGroup>;
  _tokens: TokenTable;
}

const empty = (): Ec2Region => ({
  vpcs: {}, subnets: {}, internetGateways: {}, addresses: {}, natGateways: {}, routeTables: {}, securityGroups: {},
  launchTemplates: {}, instances: {}, peerings: {}, transitGateways: {}, tgwAttachments: {}, customerGateways: {},
  vpnGateways: {}, vpnConnections: {}, placementGroups: {}, _tokens: {},
});

/** The EC2 slice of the request's region. */
export function ec2State(ctx: ActionContext): Ec2Region {
  return ctx.core.store.region('ec2', ctx.region, empty);
}

/** The EC2 slice of any region (peering across regions, world reactions). */
export function ec2StateOf(core: SandboxCore, region: string): Ec2Region {
  return core.store.region('ec2', region, empty);
}

/** Id prefix → collection and NotFound code, for tags and generic lookups. */
const BY_PREFIX: Record<string, [keyof Ec2Region, string]> = {
  vpc: ['vpcs', 'InvalidVpcID.NotFound'],
  subnet: ['subnets', 'InvalidSubnetID.NotFound'],
  igw: ['internetGateways', 'InvalidInternetGatewayID.NotFound'],
  eipalloc: ['addresses', 'InvalidAllocationID.NotFound'],
  nat: ['natGateways', 'NatGatewayNotFound'],
  rtb: ['routeTables', 'InvalidRouteTableID.NotFound'],
  sg: ['securityGroups', 'InvalidGroup.NotFound'],
  lt: ['launchTemplates', 'InvalidLaunchTemplateId.NotFound'],
  i: ['instances', 'InvalidInstanceID.NotFound'],
  pcx: ['peerings', 'InvalidVpcPeeringConnectionID.NotFound'],
  tgw: ['transitGateways', 'InvalidTransitGatewayID.NotFound'],
  'tgw-attach': ['tgwAttachments', 'InvalidTransitGatewayAttachmentID.NotFound'],
  cgw: ['customerGateways', 'InvalidCustomerGatewayID.NotFound'],
  vgw: ['vpnGateways', 'InvalidVpnGatewayID.NotFound'],
  vpn: ['vpnConnections', 'InvalidVpnConnectionID.NotFound'],
  pg: ['placementGroups', 'InvalidPlacementGroup.Unknown'],
};

/** Every tagged resource of the region with its id (DescribeTags). */
export function* taggedResources(state: Ec2Region): Generator<{ id: string; collection: keyof Ec2Region; tags: Tags }> {
  for (const [collection] of Object.values(BY_PREFIX)) {
    for (const [id, res] of Object.entries((state[collection] ?? {}) as Record<string, { tags?: Tags }>)) {
      if (res.tags && Object.keys(res.tags).length) yield { id, collection, tags: res.tags };
    }
  }
}

/** Any taggable resource by id (CreateTags/DeleteTags), or InvalidID. */
export function findTaggable(state: Ec2Region, id: string): { tags?: Tags } {
  const prefix = id.slice(0, id.lastIndexOf('-'));
  const entry = BY_PREFIX[prefix];
  if (!entry) throw new AwsError('InvalidID', `The ID '${id}' is not valid`, 400);
  const res = ((state[entry[0]] ?? {}) as Record<string, { tags?: Tags }>)[id];
  if (!res) throw new AwsError(entry[1], `The ID '${id}' does not exist`, 400);
  return res;
}

/** Gets one resource or throws its NotFound code. */
export function must<V>(table: Record<string, V>, id: string, code: string, what: string): V {
  const v = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!v) throw new AwsError(code, `The ${what} '${id}' does not exist`, 400);
  return v;
}

/** The resources named by `ids` (each must exist), or all of them when `ids` is empty. */
export function selectIds<V>(table: Record<string, V>, ids: string[], code: string, what: string): V[] {
  if (ids.length === 0) return Object.values(table);
  return ids.map((id) => must(table, id, code, what));
}
