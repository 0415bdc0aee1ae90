/** Terraform for connectivity: VPC peering, transit gateway (+ VPC attachments), VPN connection (+ customer and virtual private gateways). */
import type { NodeOf } from '../../../model';
import type { TfContext } from './context';
import { attr, block, expr, type HclBlock, type HclItem } from './hcl';

/** The nodes of `kinds` linked to a node (either edge direction), in edge order. */
export function linked(c: { index: TfContext['index'] }, id: string, kinds: readonly string[]): string[] {
  const out: string[] = [];
  // Design edge order, whatever the direction each edge was drawn in.
  const edges = [...c.index.outgoing(id), ...c.index.incoming(id)];
  for (const e of c.index.design.edges) {
    if (e.kind !== 'link' || !edges.includes(e)) continue;
    const other = e.source === id ? e.target : e.source;
    if (kinds.includes(c.index.byId.get(other)?.kind ?? '') && !out.includes(other)) out.push(other);
  }
  return out;
}

/** aws_vpc_peering_connection between the two linked VPCs (+ accepter across regions). */
export function tfVpcPeering(c: TfContext, n: NodeOf<'vpcPeering'>): HclItem[] {
  const [a, b] = linked(c, n.id, ['vpc']);
  if (!a || !b) return [{ comment: `VPC peering "${n.name}" links fewer than two VPCs: nothing to export.` }];
  const name = c.name(n.id);
  const ra = c.regionOf(a);
  const rb = c.regionOf(b);
  const cross = ra.code !== rb.code;
  const out: HclBlock[] = [block('resource', ['aws_vpc_peering_connection', name], [
    c.regionAttr(a),
    attr('vpc_id', c.ref(a)),
    attr('peer_vpc_id', c.ref(b)),
    cross ? attr('peer_region', expr(`var.${rb.regionVar}`)) : attr('auto_accept', true),
    attr('tags', c.tags(n)),
  ])];
  if (cross) {
    out.push(block('resource', ['aws_vpc_peering_connection_accepter', name], [
      c.regionAttr(b), attr('vpc_peering_connection_id', expr(`aws_vpc_peering_connection.${name}.id`)), attr('auto_accept', true), attr('tags', c.tags(n)),
    ]));
  }
  return out;
}

/** One subnet per AZ of a VPC (private ones preferred, by zone then id): where a transit gateway attachment puts its interfaces. */
export function attachmentSubnets(c: { index: TfContext['index'] }, vpcId: string): string[] {
  const zones = c.index.children(vpcId).filter((az): az is NodeOf<'az'> => az.kind === 'az').sort((a, b) => (a.zone + a.id < b.zone + b.id ? -1 : 1));
  return zones.flatMap((az) => {
    const subnets = c.index.children(az.id).filter((s): s is NodeOf<'subnet'> => s.kind === 'subnet').sort((a, b) => (a.id < b.id ? -1 : 1));
    const pick = subnets.find((s) => !s.public) ?? subnets[0];
    return pick ? [pick.id] : [];
  });
}

/** aws_ec2_transit_gateway and an aws_ec2_transit_gateway_vpc_attachment per linked VPC. */
export function tfTransitGateway(c: TfContext, n: NodeOf<'transitGateway'>): HclBlock[] {
  const name = c.name(n.id);
  const out: HclBlock[] = [block('resource', ['aws_ec2_transit_gateway', name], [
    c.regionAttr(n.id), attr('description', n.name), attr('amazon_side_asn', n.amazonSideAsn), attr('tags', c.tags(n)),
  ])];
  for (const vpc of linked(c, n.id, ['vpc'])) {
    out.push(block('resource', ['aws_ec2_transit_gateway_vpc_attachment', `${name}_${c.name(vpc)}`], [
      c.regionAttr(n.id),
      attr('transit_gateway_id', expr(`aws_ec2_transit_gateway.${name}.id`)),
      attr('vpc_id', c.ref(vpc)),
      attr('subnet_ids', attachmentSubnets(c, vpc).map((s) => c.ref(s))),
      attr('tags', c.tags(n)),
    ]));
  }
  return out;
}

/** aws_customer_gateway + aws_vpn_connection, terminating on a linked transit gateway or a linked VPC's aws_vpn_gateway. */
export function tfVpnConnection(c: TfContext, n: NodeOf<'vpnConnection'>): HclItem[] {
  const name = c.name(n.id);
  const tgw = linked(c, n.id, ['transitGateway'])[0];
  const vpc = tgw ? undefined : linked(c, n.id, ['vpc'])[0];
  const out: HclItem[] = [block('resource', ['aws_customer_gateway', name], [
    c.regionAttr(n.id), attr('bgp_asn', String(n.customerGatewayAsn)), attr('ip_address', n.customerGatewayIp), attr('type', 'ipsec.1'), attr('tags', c.tags(n)),
  ])];
  if (vpc) out.push(block('resource', ['aws_vpn_gateway', name], [c.regionAttr(n.id), attr('vpc_id', c.ref(vpc)), attr('tags', c.tags(n))]));
  if (n.tunnels.some((t) => t.protocol === 'gre')) out.push({ comment: `VPN connection "${n.name}": AWS Site-to-Site VPN tunnels are IPsec only; GRE tunnels are exported as IPsec.` });
  out.push(block('resource', ['aws_vpn_connection', name], [
    c.regionAttr(n.id),
    attr('customer_gateway_id', expr(`aws_customer_gateway.${name}.id`)),
    tgw ? attr('transit_gateway_id', c.ref(tgw)) : vpc ? attr('vpn_gateway_id', expr(`aws_vpn_gateway.${name}.id`)) : undefined,
    attr('type', 'ipsec.1'),
    attr('static_routes_only', n.staticRoutesOnly),
    ...n.tunnels.map((t, i) => attr(`tunnel${i + 1}_inside_cidr`, t.insideCidr)),
    attr('tags', c.tags(n)),
  ]));
  return out;
}
