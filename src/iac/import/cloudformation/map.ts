/** Maps evaluated CloudFormation resources (type + properties) to the importers' intermediate records. */
import type { IrKind, IrResource } from '../ir';
import { str, strs } from '../ir';
import { safeProperties } from '../generic-properties';

type P = Record<string, unknown>;
type Mapper = (p: P) => { kind: IrKind; p: P };

const list = (v: unknown): P[] => (Array.isArray(v) ? v.filter((x): x is P => !!x && typeof x === 'object' && !Array.isArray(x)) : []);
const attr = (attrs: unknown, key: string) => list(attrs).find((a) => a.Key === key)?.Value;
const rules = (v: unknown, peerKey: string) => list(v).map((r) => ({ protocol: r.IpProtocol, from: r.FromPort, to: r.ToPort, cidr: r.CidrIp, peer: r[peerKey], description: r.Description }));

/** CloudFormation type → intermediate kind and normalised properties. */
export const CFN_TYPES: Readonly<Record<string, Mapper>> = {
  'AWS::EC2::VPC': (p) => ({ kind: 'vpc', p: { cidr: p.CidrBlock, dnsHostnames: p.EnableDnsHostnames } }),
  'AWS::EC2::Subnet': (p) => ({ kind: 'subnet', p: { vpc: p.VpcId, cidr: p.CidrBlock, zone: p.AvailabilityZone, public: p.MapPublicIpOnLaunch } }),
  'AWS::EC2::InternetGateway': () => ({ kind: 'igw', p: {} }),
  'AWS::EC2::VPCGatewayAttachment': (p) => ({ kind: 'attachment', p: { vpc: p.VpcId, gateway: p.InternetGatewayId ?? p.VpnGatewayId } }),
  'AWS::EC2::EIP': () => ({ kind: 'eip', p: {} }),
  'AWS::EC2::NatGateway': (p) => ({ kind: 'nat', p: { subnet: p.SubnetId, connectivity: p.ConnectivityType } }),
  'AWS::EC2::RouteTable': (p) => ({ kind: 'routeTable', p: { vpc: p.VpcId } }),
  'AWS::EC2::Route': (p) => ({ kind: 'route', p: { table: p.RouteTableId, destination: p.DestinationCidrBlock, target: p.GatewayId ?? p.NatGatewayId ?? p.VpcPeeringConnectionId ?? p.TransitGatewayId } }),
  'AWS::EC2::SubnetRouteTableAssociation': (p) => ({ kind: 'rtAssoc', p: { table: p.RouteTableId, subnet: p.SubnetId } }),
  'AWS::EC2::SecurityGroup': (p) => ({ kind: 'sg', p: { vpc: p.VpcId, description: p.GroupDescription, ingress: rules(p.SecurityGroupIngress, 'SourceSecurityGroupId'), egress: rules(p.SecurityGroupEgress, 'DestinationSecurityGroupId') } }),
  'AWS::EC2::SecurityGroupIngress': (p) => ({ kind: 'sgRule', p: { group: p.GroupId ?? p.GroupName, direction: 'ingress', protocol: p.IpProtocol, from: p.FromPort, to: p.ToPort, cidr: p.CidrIp, peer: p.SourceSecurityGroupId, description: p.Description } }),
  'AWS::EC2::SecurityGroupEgress': (p) => ({ kind: 'sgRule', p: { group: p.GroupId, direction: 'egress', protocol: p.IpProtocol, from: p.FromPort, to: p.ToPort, cidr: p.CidrIp, peer: p.DestinationSecurityGroupId, description: p.Description } }),
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (p) => ({
    kind: 'lb',
    p: { type: p.Type ?? 'application', scheme: p.Scheme, subnets: [...strs(p.Subnets), ...list(p.SubnetMappings).map((m) => m.SubnetId)], securityGroups: p.SecurityGroups, crossZone: attr(p.LoadBalancerAttributes, 'load_balancing.cross_zone.enabled') },
  }),
  'AWS::ElasticLoadBalancingV2::Listener': (p) => ({
    kind: 'listener',
    p: { lb: p.LoadBalancerArn, protocol: p.Protocol, port: p.Port, targetGroup: list(p.DefaultActions).map((a) => a.TargetGroupArn ?? list((a.ForwardConfig as P | undefined)?.TargetGroups)[0]?.TargetGroupArn).find(Boolean), certificateArn: list(p.Certificates)[0]?.CertificateArn },
  }),
  'AWS::ElasticLoadBalancingV2::TargetGroup': (p) => ({
    kind: 'tg',
    p: {
      vpc: p.VpcId, protocol: p.Protocol, port: p.Port, stickiness: attr(p.TargetGroupAttributes, 'stickiness.enabled'),
      healthCheck: p.HealthCheckEnabled === false || p.HealthCheckEnabled === 'false' ? null : { protocol: p.HealthCheckProtocol ?? p.Protocol, path: p.HealthCheckPath, port: p.HealthCheckPort, interval: p.HealthCheckIntervalSeconds, timeout: p.HealthCheckTimeoutSeconds, healthy: p.HealthyThresholdCount, unhealthy: p.UnhealthyThresholdCount },
      targets: list(p.Targets).map((t) => t.Id),
    },
  }),
  'AWS::EC2::Instance': (p) => ({ kind: 'instance', p: { subnet: p.SubnetId ?? list(p.NetworkInterfaces)[0]?.SubnetId, instanceType: p.InstanceType, imageId: p.ImageId, securityGroups: [...strs(p.SecurityGroupIds), ...strs(p.SecurityGroups)] } }),
  'AWS::EC2::LaunchTemplate': (p) => {
    const d = (p.LaunchTemplateData ?? {}) as P;
    return { kind: 'launchTemplate', p: { instanceType: d.InstanceType, imageId: d.ImageId, securityGroups: d.SecurityGroupIds } };
  },
  'AWS::AutoScaling::AutoScalingGroup': (p) => ({
    kind: 'asg',
    p: { min: p.MinSize, max: p.MaxSize, desired: p.DesiredCapacity, subnets: p.VPCZoneIdentifier, healthCheckType: p.HealthCheckType, grace: p.HealthCheckGracePeriod, launchTemplate: (p.LaunchTemplate as P | undefined)?.LaunchTemplateId, targetGroups: p.TargetGroupARNs },
  }),
  'AWS::RDS::DBSubnetGroup': (p) => ({ kind: 'dbSubnetGroup', p: { subnets: p.SubnetIds } }),
  'AWS::RDS::DBInstance': (p) => ({
    kind: 'db',
    p: { engine: p.Engine, engineVersion: p.EngineVersion, instanceClass: p.DBInstanceClass, multiAz: p.MultiAZ, subnetGroup: p.DBSubnetGroupName, securityGroups: p.VPCSecurityGroups, storage: p.AllocatedStorage, backupRetention: p.BackupRetentionPeriod, zone: p.AvailabilityZone, source: p.SourceDBInstanceIdentifier },
  }),
  'AWS::Route53::RecordSet': (p) => ({
    kind: 'dnsRecord',
    p: { name: p.Name, alias: (p.AliasTarget as P | undefined)?.DNSName, records: p.ResourceRecords, ttl: p.TTL, failover: p.Failover, latencyRegion: p.Region, healthCheck: p.HealthCheckId },
  }),
  'AWS::Route53::HealthCheck': (p) => {
    const h = (p.HealthCheckConfig ?? {}) as P;
    return { kind: 'healthCheck', p: { protocol: h.Type, path: h.ResourcePath, interval: h.RequestInterval, failureThreshold: h.FailureThreshold } };
  },
  'AWS::EC2::VPCPeeringConnection': (p) => ({ kind: 'peering', p: { vpc: p.VpcId, peerVpc: p.PeerVpcId } }),
  'AWS::EC2::TransitGateway': (p) => ({ kind: 'tgw', p: { asn: p.AmazonSideAsn } }),
  'AWS::EC2::TransitGatewayAttachment': (p) => ({ kind: 'tgwAttachment', p: { tgw: p.TransitGatewayId, vpc: p.VpcId } }),
  'AWS::EC2::TransitGatewayVpcAttachment': (p) => ({ kind: 'tgwAttachment', p: { tgw: p.TransitGatewayId, vpc: p.VpcId } }),
  'AWS::EC2::CustomerGateway': (p) => ({ kind: 'cgw', p: { ip: p.IpAddress, asn: p.BgpAsn } }),
  'AWS::EC2::VPNGateway': () => ({ kind: 'vgw', p: {} }),
  'AWS::EC2::VPNConnection': (p) => ({
    kind: 'vpn',
    p: { cgw: p.CustomerGatewayId, vgw: p.VpnGatewayId, tgw: p.TransitGatewayId, staticRoutesOnly: p.StaticRoutesOnly, tunnels: list(p.VpnTunnelOptionsSpecifications).map((t) => t.TunnelInsideCidr) },
  }),
  'AWS::CloudWatch::Alarm': (p) => ({
    kind: 'alarm',
    p: {
      metric: p.MetricName, namespace: p.Namespace, statistic: p.Statistic, comparison: p.ComparisonOperator, threshold: p.Threshold, period: p.Period, evaluationPeriods: p.EvaluationPeriods,
      actions: p.AlarmActions, dimensions: Object.fromEntries(list(p.Dimensions).map((d) => [String(d.Name), d.Value])),
    },
  }),
  'AWS::SNS::Topic': (p) => ({ kind: 'topic', p: { subscriptions: list(p.Subscription).map((s) => ({ protocol: s.Protocol, endpoint: s.Endpoint })) } }),
  'AWS::SNS::Subscription': (p) => ({ kind: 'subscription', p: { topic: p.TopicArn, protocol: p.Protocol, endpoint: p.Endpoint } }),
};

/** Tags of a resource as a record (list form [{Key, Value}], or the map form some types use). */
export function cfnTags(p: P, metadata: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = p.Tags ?? p.HealthCheckTags;
  if (Array.isArray(raw)) for (const t of list(raw)) { if (str(t.Key) && t.Value !== undefined && typeof t.Value !== 'object') out[String(t.Key)] = String(t.Value); }
  else if (raw && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) if (typeof v !== 'object') out[k] = String(v);
  const node = (metadata as P | undefined)?.['ha-architect:node'];
  if (typeof node === 'string' && !out['ha-architect:node']) out['ha-architect:node'] = node;
  return out;
}

/** Maps one evaluated resource; unknown types become generic records (kept with their properties). */
export function mapCfnResource(key: string, type: string, p: P, metadata: unknown, region: string): IrResource {
  const mapper = CFN_TYPES[type];
  const tags = cfnTags(p, metadata);
  if (!mapper) return { key, kind: 'generic', type, ids: [], region, tags, p: { properties: safeProperties(p) } };
  const m = mapper(p);
  return { key, kind: m.kind, type, ids: [], region, tags, p: m.p };
}
