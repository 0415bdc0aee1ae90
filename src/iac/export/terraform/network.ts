/** Terraform for the network kinds: VPC, subnet, internet and NAT gateways, route tables, security groups. */
import type { NodeOf } from '../../../model';
import type { TfContext } from './context';
import { attr, block, expr, type HclBlock, type HclItem } from './hcl';

/** aws_vpc. */
export function tfVpc(c: TfContext, n: NodeOf<'vpc'>): HclBlock[] {
  return [block('resource', ['aws_vpc', c.name(n.id)], [
    c.regionAttr(n.id),
    attr('cidr_block', n.cidr),
    attr('enable_dns_support', true),
    attr('enable_dns_hostnames', n.enableDnsHostnames ?? true),
    attr('tags', c.tags(n)),
  ])];
}

/** aws_subnet, its AZ taken from the AZ variable. */
export function tfSubnet(c: TfContext, n: NodeOf<'subnet'>): HclBlock[] {
  const vpc = c.index.ancestor(n.id, 'vpc');
  return [block('resource', ['aws_subnet', c.name(n.id)], [
    c.regionAttr(n.id),
    attr('vpc_id', vpc ? c.ref(vpc.id) : undefined),
    attr('cidr_block', n.cidr),
    attr('availability_zone', c.azExpr(n.id)),
    attr('map_public_ip_on_launch', n.public),
    attr('tags', c.tags(n)),
  ])];
}

/** aws_internet_gateway attached to its VPC. */
export function tfInternetGateway(c: TfContext, n: NodeOf<'internetGateway'>): HclBlock[] {
  const vpc = c.index.ancestor(n.id, 'vpc');
  return [block('resource', ['aws_internet_gateway', c.name(n.id)], [c.regionAttr(n.id), attr('vpc_id', vpc ? c.ref(vpc.id) : undefined), attr('tags', c.tags(n))])];
}

/** aws_nat_gateway (+ aws_eip for public connectivity). */
export function tfNatGateway(c: TfContext, n: NodeOf<'natGateway'>): HclBlock[] {
  const name = c.name(n.id);
  const out: HclBlock[] = [];
  if (n.connectivity === 'public') out.push(block('resource', ['aws_eip', name], [c.regionAttr(n.id), attr('domain', 'vpc'), attr('tags', c.tags(n))]));
  const subnet = c.index.ancestor(n.id, 'subnet');
  out.push(block('resource', ['aws_nat_gateway', name], [
    c.regionAttr(n.id),
    attr('connectivity_type', n.connectivity),
    n.connectivity === 'public' ? attr('allocation_id', expr(`aws_eip.${name}.id`)) : undefined,
    attr('subnet_id', subnet ? c.ref(subnet.id) : undefined),
    attr('tags', c.tags(n)),
  ]));
  return out;
}

const ROUTE_TARGET_ATTR = {
  internetGateway: 'gateway_id', natGateway: 'nat_gateway_id', vpcPeering: 'vpc_peering_connection_id', transitGateway: 'transit_gateway_id', vpnConnection: 'gateway_id',
} as const;

/** aws_route_table, one aws_route per non-local route, one aws_route_table_association per subnet. */
export function tfRouteTable(c: TfContext, n: NodeOf<'routeTable'>): HclBlock[] {
  const name = c.name(n.id);
  const vpc = c.index.ancestor(n.id, 'vpc');
  const out: HclBlock[] = [block('resource', ['aws_route_table', name], [c.regionAttr(n.id), attr('vpc_id', vpc ? c.ref(vpc.id) : undefined), attr('tags', c.tags(n))])];
  n.routes.forEach((r, i) => {
    if (r.targetKind === 'local' || !r.target || !c.index.byId.has(r.target)) return;
    // A route to a VPN connection goes to the VPC's virtual private gateway that the connection terminates on.
    const target = r.targetKind === 'vpnConnection' ? expr(`aws_vpn_gateway.${c.name(r.target)}.id`) : c.ref(r.target);
    out.push(block('resource', ['aws_route', `${name}_${i}`], [
      c.regionAttr(n.id),
      attr('route_table_id', expr(`aws_route_table.${name}.id`)),
      attr('destination_cidr_block', r.destination),
      attr(ROUTE_TARGET_ATTR[r.targetKind], target),
    ]));
  });
  for (const s of n.subnetIds) {
    if (!c.index.byId.has(s)) continue;
    out.push(block('resource', ['aws_route_table_association', `${name}_${c.name(s)}`], [
      c.regionAttr(n.id),
      attr('route_table_id', expr(`aws_route_table.${name}.id`)),
      attr('subnet_id', c.ref(s)),
    ]));
  }
  return out;
}

/** aws_security_group and one aws_vpc_security_group_{ingress,egress}_rule per rule (the provider's recommended form). */
export function tfSecurityGroup(c: TfContext, n: NodeOf<'securityGroup'>): HclBlock[] {
  const name = c.name(n.id);
  const vpc = c.index.ancestor(n.id, 'vpc');
  const out: HclBlock[] = [block('resource', ['aws_security_group', name], [
    c.regionAttr(n.id),
    attr('name', c.prefixed(n.id)),
    attr('description', n.description || `${n.name} (HA Architect)`),
    attr('vpc_id', vpc ? c.ref(vpc.id) : undefined),
    attr('tags', c.tags(n)),
  ])];
  n.rules.forEach((r, i) => {
    const all = r.protocol === 'all';
    const items: (HclItem | undefined)[] = [
      c.regionAttr(n.id),
      attr('security_group_id', expr(`aws_security_group.${name}.id`)),
      attr('ip_protocol', all ? '-1' : r.protocol),
      all ? undefined : attr('from_port', r.fromPort),
      all ? undefined : attr('to_port', r.toPort),
      attr('cidr_ipv4', r.cidr),
      r.sourceGroupId && c.index.byId.has(r.sourceGroupId) ? attr('referenced_security_group_id', c.ref(r.sourceGroupId)) : undefined,
      attr('description', r.description),
    ];
    out.push(block('resource', [`aws_vpc_security_group_${r.direction}_rule`, `${name}_${i}`], items));
  });
  return out;
}
