// What the UI knows about each node kind: label, icon, palette group, a one-line hint, and the sub-label drawn under the name.
import type { DesignNode, NodeKind } from '../../src/model';
import { kindLabel } from '../../src/model';
import { ICONS } from './icons';

export interface KindInfo {
  readonly kind: NodeKind;
  readonly label: string;
  readonly group: 'Network' | 'Compute & traffic' | 'Data' | 'Connectivity' | 'Operations' | 'Other';
  readonly icon: string | null;
  readonly hint: string;
}

const K = (kind: NodeKind, group: KindInfo['group'], icon: string | null, hint: string): KindInfo => ({
  kind, group, icon, hint, label: kindLabel(kind).replace(/^./, (c) => c.toUpperCase()).replace(/^Nat /, 'NAT '),
});

export const KINDS: readonly KindInfo[] = [
  K('region', 'Network', ICONS.region, 'An AWS region (e.g. us-east-1). Place it on the canvas.'),
  K('vpc', 'Network', ICONS.vpc, 'A virtual private cloud with its CIDR. Place it in a region.'),
  K('az', 'Network', null, 'An availability zone. Place it in a VPC.'),
  K('subnet', 'Network', ICONS.privateSubnet, 'A subnet in one zone. Place it in an availability zone.'),
  K('internetGateway', 'Network', ICONS.internetGateway, 'Internet access for public subnets. In a VPC.'),
  K('natGateway', 'Network', ICONS.natGateway, 'Outbound internet for private subnets. In a public subnet, one per AZ.'),
  K('routeTable', 'Network', ICONS.routeTable, 'Routes and subnet associations. Connect it to subnets and gateways.'),
  K('securityGroup', 'Network', ICONS.securityGroup, 'Stateful firewall rules. In a VPC.'),
  K('loadBalancer', 'Compute & traffic', ICONS.elb, 'ALB (HTTP/HTTPS) or NLB (TCP) — what hardware L4/L7 balancers (F5, NetScaler) become. Connect to subnets and target groups.'),
  K('targetGroup', 'Compute & traffic', ICONS.targetGroup, 'Targets behind a listener, with a health check. Connect to instances or an ASG.'),
  K('instance', 'Compute & traffic', ICONS.ec2, 'An EC2 instance. Place it in a subnet.'),
  K('autoScalingGroup', 'Compute & traffic', ICONS.autoScaling, 'Keeps N instances running across subnets. In a VPC; connect to subnets.'),
  K('database', 'Data', ICONS.rds, 'RDS MySQL / PostgreSQL. In a subnet; Multi-AZ standby and read replicas.'),
  K('dnsRecord', 'Connectivity', ICONS.route53, 'A Route 53 record (simple, failover, latency). On the canvas.'),
  K('vpcPeering', 'Connectivity', ICONS.peering, 'Joins two VPCs. Link it to both.'),
  K('transitGateway', 'Connectivity', ICONS.transitGateway, 'Hub for VPCs and VPNs in a region.'),
  K('vpnConnection', 'Connectivity', ICONS.vpn, 'IPsec tunnels to another site.'),
  K('alarm', 'Operations', ICONS.cloudwatch, 'A CloudWatch alarm. Connect it to the resource it watches and to topics.'),
  K('topic', 'Operations', ICONS.sns, 'An SNS topic that alarms notify.'),
  K('generic', 'Other', ICONS.generic, 'Any other AWS resource (kept from imports).'),
];

/** The colour of each palette group: the edge of a far-zoomed tile, on the canvas and in its drawn overview. */
export const GROUP_TINT: Readonly<Record<KindInfo['group'], string>> = { Network: '#8c4fff', 'Compute & traffic': '#ed7100', Data: '#c925d1', Connectivity: '#8c4fff', Operations: '#e7157b', Other: '#879596' };

export const KIND_INFO: Readonly<Record<NodeKind, KindInfo>> = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<NodeKind, KindInfo>;

/** The icon of one node (some kinds change icon with their properties). */
export function iconOf(node: DesignNode): string | null {
  if (node.kind === 'subnet') return node.public ? ICONS.publicSubnet : ICONS.privateSubnet;
  if (node.kind === 'loadBalancer') return node.type === 'network' ? ICONS.nlb : ICONS.alb;
  return KIND_INFO[node.kind].icon;
}

/** The short line under a node's name: its most telling property. */
export function subLabel(node: DesignNode): string {
  switch (node.kind) {
    case 'region': return node.region;
    case 'vpc': return node.cidr;
    case 'az': return node.zone;
    case 'subnet': return `${node.public ? 'Public' : 'Private'} · ${node.cidr}`;
    case 'loadBalancer': return `${node.type === 'application' ? 'ALB' : 'NLB'} · ${node.scheme}`;
    case 'targetGroup': return `${node.protocol}:${node.port}`;
    case 'instance': return node.role ? `${node.instanceType} · ${node.role}` : node.instanceType;
    case 'autoScalingGroup': return `${node.minSize}–${node.maxSize} · ${node.launch.instanceType}`;
    case 'database': return `${node.engine} ${node.role}${node.multiAz ? ' · Multi-AZ' : ''}`;
    case 'dnsRecord': return `${node.domain} · ${node.routing}`;
    case 'natGateway': return node.connectivity;
    case 'vpnConnection': return node.siteName || node.customerGatewayIp;
    case 'alarm': return `${node.metric} ${node.comparison.includes('Greater') ? '>' : '<'} ${node.threshold}`;
    case 'topic': return `${node.subscriptions.length} subscription${node.subscriptions.length === 1 ? '' : 's'}`;
    case 'generic': return node.resourceType;
    default: return KIND_INFO[node.kind].label;
  }
}
