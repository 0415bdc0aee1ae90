/** Maps Terraform AWS provider resources (state attributes, or plan values with configuration references) to intermediate records. */
import type { IrKind } from '../ir';

type A = Record<string, unknown>;
type Get = (path: string) => unknown;
type Mapper = (get: Get, a: A) => { kind: IrKind; p: A };

const first = (v: unknown): A => (Array.isArray(v) && v[0] && typeof v[0] === 'object' ? (v[0] as A) : v && typeof v === 'object' && !Array.isArray(v) ? (v as A) : {});
const rules = (v: unknown) => (Array.isArray(v) ? v : []).map((r: A) => ({ protocol: r.protocol, from: r.from_port, to: r.to_port, cidr: Array.isArray(r.cidr_blocks) ? r.cidr_blocks[0] : undefined, peer: Array.isArray(r.security_groups) ? r.security_groups[0] : undefined, description: r.description }));
const routes = (v: unknown) => (Array.isArray(v) ? v : []).map((r: A) => ({ destination: r.cidr_block, target: r.gateway_id || r.nat_gateway_id || r.vpc_peering_connection_id || r.transit_gateway_id || undefined }));
const lb: Mapper = (g) => ({ kind: 'lb', p: { type: g('load_balancer_type'), scheme: g('internal') === true ? 'internal' : 'internet-facing', subnets: g('subnets') ?? (Array.isArray(g('subnet_mapping')) ? (g('subnet_mapping') as A[]).map((m) => m.subnet_id) : undefined), securityGroups: g('security_groups'), crossZone: g('enable_cross_zone_load_balancing') } });
const listener: Mapper = (g) => ({ kind: 'listener', p: { lb: g('load_balancer_arn'), port: g('port'), protocol: g('protocol'), certificateArn: g('certificate_arn'), targetGroup: g('default_action.0.target_group_arn') ?? g('default_action.0.forward.0.target_group.0.arn') } });
const tg: Mapper = (g) => {
  const hc = first(g('health_check'));
  return { kind: 'tg', p: { vpc: g('vpc_id'), protocol: g('protocol'), port: g('port'), stickiness: first(g('stickiness')).enabled, healthCheck: hc.enabled === false ? null : { enabled: hc.enabled, protocol: hc.protocol, path: hc.path, port: hc.port, interval: hc.interval, timeout: hc.timeout, healthy: hc.healthy_threshold, unhealthy: hc.unhealthy_threshold } } };
};
const sgRule = (direction: 'ingress' | 'egress'): Mapper => (g) => ({ kind: 'sgRule', p: { group: g('security_group_id'), direction, protocol: g('ip_protocol'), from: g('from_port'), to: g('to_port'), cidr: g('cidr_ipv4'), peer: g('referenced_security_group_id'), description: g('description') } });

/** Terraform resource type → intermediate kind and normalised properties. */
export const TF_TYPES: Readonly<Record<string, Mapper>> = {
  aws_vpc: (g) => ({ kind: 'vpc', p: { cidr: g('cidr_block'), dnsHostnames: g('enable_dns_hostnames') } }),
  aws_subnet: (g) => ({ kind: 'subnet', p: { vpc: g('vpc_id'), cidr: g('cidr_block'), zone: g('availability_zone'), public: g('map_public_ip_on_launch') } }),
  aws_internet_gateway: (g) => ({ kind: 'igw', p: { vpc: g('vpc_id') } }),
  aws_internet_gateway_attachment: (g) => ({ kind: 'attachment', p: { vpc: g('vpc_id'), gateway: g('internet_gateway_id') } }),
  aws_eip: () => ({ kind: 'eip', p: {} }),
  aws_nat_gateway: (g) => ({ kind: 'nat', p: { subnet: g('subnet_id'), connectivity: g('connectivity_type') } }),
  aws_route_table: (g) => ({ kind: 'routeTable', p: { vpc: g('vpc_id'), routes: routes(g('route')) } }),
  aws_route: (g) => ({ kind: 'route', p: { table: g('route_table_id'), destination: g('destination_cidr_block'), target: g('gateway_id') ?? g('nat_gateway_id') ?? g('vpc_peering_connection_id') ?? g('transit_gateway_id') } }),
  aws_route_table_association: (g) => ({ kind: 'rtAssoc', p: { table: g('route_table_id'), subnet: g('subnet_id') } }),
  aws_security_group: (g) => ({ kind: 'sg', p: { vpc: g('vpc_id'), description: g('description'), ingress: rules(g('ingress')), egress: rules(g('egress')) } }),
  aws_vpc_security_group_ingress_rule: sgRule('ingress'),
  aws_vpc_security_group_egress_rule: sgRule('egress'),
  aws_security_group_rule: (g) => ({ kind: 'sgRule', p: { group: g('security_group_id'), direction: g('type'), protocol: g('protocol'), from: g('from_port'), to: g('to_port'), cidr: (g('cidr_blocks') as string[] | undefined)?.[0], peer: g('source_security_group_id'), description: g('description') } }),
  aws_lb: lb, aws_alb: lb,
  aws_lb_listener: listener, aws_alb_listener: listener,
  aws_lb_target_group: tg, aws_alb_target_group: tg,
  aws_lb_target_group_attachment: (g) => ({ kind: 'tgTarget', p: { tg: g('target_group_arn'), target: g('target_id') } }),
  aws_instance: (g) => ({ kind: 'instance', p: { subnet: g('subnet_id'), instanceType: g('instance_type'), imageId: g('ami'), securityGroups: g('vpc_security_group_ids') } }),
  aws_launch_template: (g) => ({ kind: 'launchTemplate', p: { instanceType: g('instance_type'), imageId: g('image_id'), securityGroups: g('vpc_security_group_ids') } }),
  aws_autoscaling_group: (g) => ({
    kind: 'asg',
    p: { min: g('min_size'), max: g('max_size'), desired: g('desired_capacity'), subnets: g('vpc_zone_identifier'), healthCheckType: g('health_check_type'), grace: g('health_check_grace_period'), launchTemplate: g('launch_template.0.id') ?? g('launch_template.0.name'), targetGroups: g('target_group_arns') },
  }),
  aws_autoscaling_attachment: (g) => ({ kind: 'asgAttachment', p: { asg: g('autoscaling_group_name'), tg: g('lb_target_group_arn') } }),
  aws_db_subnet_group: (g) => ({ kind: 'dbSubnetGroup', p: { subnets: g('subnet_ids') } }),
  aws_db_instance: (g) => ({
    kind: 'db',
    p: { engine: g('engine'), engineVersion: g('engine_version'), instanceClass: g('instance_class'), multiAz: g('multi_az'), subnetGroup: g('db_subnet_group_name'), securityGroups: g('vpc_security_group_ids'), storage: g('allocated_storage'), backupRetention: g('backup_retention_period'), zone: g('availability_zone'), source: g('replicate_source_db') || undefined },
  }),
  aws_route53_record: (g) => ({
    kind: 'dnsRecord',
    p: { name: g('name'), alias: g('alias.0.name'), records: g('records'), ttl: g('ttl'), failover: g('failover_routing_policy.0.type'), latencyRegion: g('latency_routing_policy.0.region'), healthCheck: g('health_check_id') },
  }),
  aws_route53_health_check: (g) => ({ kind: 'healthCheck', p: { protocol: g('type'), path: g('resource_path'), interval: g('request_interval'), failureThreshold: g('failure_threshold') } }),
  aws_vpc_peering_connection: (g) => ({ kind: 'peering', p: { vpc: g('vpc_id'), peerVpc: g('peer_vpc_id') } }),
  aws_vpc_peering_connection_accepter: () => ({ kind: 'support', p: {} }),
  aws_ec2_transit_gateway: (g) => ({ kind: 'tgw', p: { asn: g('amazon_side_asn') } }),
  aws_ec2_transit_gateway_vpc_attachment: (g) => ({ kind: 'tgwAttachment', p: { tgw: g('transit_gateway_id'), vpc: g('vpc_id') } }),
  aws_customer_gateway: (g) => ({ kind: 'cgw', p: { ip: g('ip_address'), asn: g('bgp_asn') } }),
  aws_vpn_gateway: (g) => ({ kind: 'vgw', p: { vpc: g('vpc_id') } }),
  aws_vpn_gateway_attachment: (g) => ({ kind: 'attachment', p: { vpc: g('vpc_id'), gateway: g('vpn_gateway_id') } }),
  aws_vpn_connection: (g) => ({
    kind: 'vpn',
    p: { cgw: g('customer_gateway_id'), vgw: g('vpn_gateway_id') || undefined, tgw: g('transit_gateway_id') || undefined, staticRoutesOnly: g('static_routes_only'), tunnels: [g('tunnel1_inside_cidr'), g('tunnel2_inside_cidr')] },
  }),
  aws_cloudwatch_metric_alarm: (g) => ({
    kind: 'alarm',
    p: { metric: g('metric_name'), namespace: g('namespace'), statistic: g('statistic'), comparison: g('comparison_operator'), threshold: g('threshold'), period: g('period'), evaluationPeriods: g('evaluation_periods'), actions: g('alarm_actions'), dimensions: g('dimensions') },
  }),
  aws_sns_topic: () => ({ kind: 'topic', p: {} }),
  aws_sns_topic_subscription: (g) => ({ kind: 'subscription', p: { topic: g('topic_arn'), protocol: g('protocol'), endpoint: g('endpoint') } }),
};

/** Attributes other resources may use to point at this one. */
export const ID_ATTRIBUTES = ['id', 'arn', 'name', 'dns_name', 'identifier', 'public_ip', 'private_ip', 'allocation_id'] as const;
