// Which fields the inspector shows for each node kind, each edge kind and the design, with their editors and checks.
import type { EdgeKind, NodeKind } from '../../src/model';

export type Scope = 'vpc' | 'region' | 'any';
export type FieldSpec =
  | { readonly type: 'text'; readonly key: string; readonly label: string; readonly optional?: boolean; readonly check?: 'cidr' | 'certificateArn'; readonly placeholder?: string; readonly multiline?: boolean }
  | { readonly type: 'number'; readonly key: string; readonly label: string; readonly min?: number; readonly max?: number; readonly int?: boolean; readonly optional?: boolean; readonly unit?: string }
  | { readonly type: 'select'; readonly key: string; readonly label: string; readonly options: readonly string[]; readonly optional?: boolean }
  | { readonly type: 'bool'; readonly key: string; readonly label: string }
  | { readonly type: 'refs'; readonly key: string; readonly label: string; readonly kinds: readonly NodeKind[]; readonly scope: Scope }
  | { readonly type: 'ref'; readonly key: string; readonly label: string; readonly kinds: readonly NodeKind[] | 'any'; readonly scope: Scope }
  | { readonly type: 'yaml'; readonly key: string; readonly label: string; readonly hint?: string };

const name: FieldSpec = { type: 'text', key: 'name', label: 'Name' };
const sgs: FieldSpec = { type: 'refs', key: 'securityGroupIds', label: 'Security groups', kinds: ['securityGroup'], scope: 'vpc' };
const subnets = (label: string): FieldSpec => ({ type: 'refs', key: 'subnetIds', label, kinds: ['subnet'], scope: 'vpc' });
const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP'];

export const NODE_FIELDS: Readonly<Record<NodeKind, readonly FieldSpec[]>> = {
  region: [name, { type: 'text', key: 'region', label: 'Region code', placeholder: 'us-east-1' }],
  vpc: [name, { type: 'text', key: 'cidr', label: 'IPv4 CIDR', check: 'cidr', placeholder: '10.0.0.0/16' }, { type: 'bool', key: 'enableDnsHostnames', label: 'DNS hostnames' }],
  az: [name, { type: 'text', key: 'zone', label: 'Zone', placeholder: 'us-east-1a' }],
  subnet: [name, { type: 'text', key: 'cidr', label: 'IPv4 CIDR', check: 'cidr', placeholder: '10.0.1.0/24' }, { type: 'bool', key: 'public', label: 'Public (route to an internet gateway)' }],
  internetGateway: [name],
  natGateway: [name, { type: 'select', key: 'connectivity', label: 'Connectivity', options: ['public', 'private'] }],
  routeTable: [name, subnets('Associated subnets'), { type: 'yaml', key: 'routes', label: 'Routes', hint: '- destination: 0.0.0.0/0\n  targetKind: natGateway\n  target: nat-…' }],
  securityGroup: [name, { type: 'text', key: 'description', label: 'Description', optional: true }, { type: 'yaml', key: 'rules', label: 'Rules', hint: '- direction: ingress\n  protocol: tcp\n  fromPort: 443\n  toPort: 443\n  cidr: 0.0.0.0/0' }],
  loadBalancer: [name, { type: 'select', key: 'type', label: 'Type', options: ['application', 'network'] }, { type: 'select', key: 'scheme', label: 'Scheme', options: ['internet-facing', 'internal'] },
    subnets('Subnets (AZs where it runs)'), sgs, { type: 'bool', key: 'crossZone', label: 'Cross-zone load balancing' }, { type: 'bool', key: 'preserveClientIp', label: 'Preserve client IP' }],
  targetGroup: [name, { type: 'select', key: 'protocol', label: 'Protocol', options: PROTOCOLS }, { type: 'number', key: 'port', label: 'Port', min: 1, max: 65535, int: true },
    { type: 'yaml', key: 'healthCheck', label: 'Health check (null: none)' }, { type: 'number', key: 'requiredCapacity', label: 'Required healthy targets', min: 0, int: true, optional: true }, { type: 'bool', key: 'stickiness', label: 'Sticky sessions' }],
  instance: [name, { type: 'text', key: 'instanceType', label: 'Instance type', placeholder: 't3.micro' }, { type: 'text', key: 'role', label: 'Role', optional: true, placeholder: 'nginx proxy' },
    { type: 'text', key: 'imageId', label: 'AMI', optional: true, placeholder: 'ami-…' }, sgs],
  autoScalingGroup: [name, { type: 'number', key: 'minSize', label: 'Min size', min: 0, int: true }, { type: 'number', key: 'desiredCapacity', label: 'Desired', min: 0, int: true }, { type: 'number', key: 'maxSize', label: 'Max size', min: 0, int: true },
    subnets('Subnets (launch into)'), { type: 'select', key: 'healthCheckType', label: 'Health check', options: ['EC2', 'ELB'] }, { type: 'number', key: 'healthCheckGracePeriod', label: 'Grace period', min: 0, int: true, unit: 's' },
    { type: 'text', key: 'launch.instanceType', label: 'Launch: instance type' }, { type: 'text', key: 'launch.role', label: 'Launch: role', optional: true }, { type: 'text', key: 'launch.imageId', label: 'Launch: AMI', optional: true },
    { type: 'refs', key: 'launch.securityGroupIds', label: 'Launch: security groups', kinds: ['securityGroup'], scope: 'vpc' }, { type: 'number', key: 'requiredCapacity', label: 'Required healthy instances', min: 0, int: true, optional: true }],
  database: [name, { type: 'select', key: 'engine', label: 'Engine', options: ['mysql', 'postgres'] }, { type: 'text', key: 'engineVersion', label: 'Engine version', optional: true },
    { type: 'text', key: 'instanceClass', label: 'Instance class', placeholder: 'db.t3.medium' }, { type: 'select', key: 'role', label: 'Role', options: ['primary', 'replica'] }, { type: 'bool', key: 'multiAz', label: 'Multi-AZ standby' },
    { type: 'ref', key: 'standbySubnetId', label: 'Standby subnet', kinds: ['subnet'], scope: 'vpc' }, subnets('DB subnet group'), sgs,
    { type: 'number', key: 'allocatedStorageGb', label: 'Storage', min: 5, max: 65536, int: true, unit: 'GB' }, { type: 'number', key: 'backupRetentionDays', label: 'Backup retention', min: 0, max: 35, int: true, unit: 'days' }],
  dnsRecord: [name, { type: 'text', key: 'domain', label: 'Domain', placeholder: 'shop.example.com' }, { type: 'select', key: 'routing', label: 'Routing', options: ['simple', 'failover', 'latency'] },
    { type: 'number', key: 'ttlSeconds', label: 'TTL', min: 0, max: 604800, int: true, unit: 's' }, { type: 'yaml', key: 'healthCheck', label: 'Health check (null: none)' }],
  vpcPeering: [name],
  transitGateway: [name, { type: 'number', key: 'amazonSideAsn', label: 'Amazon side ASN', min: 1, int: true }],
  vpnConnection: [name, { type: 'text', key: 'customerGatewayIp', label: 'Customer gateway IP' }, { type: 'number', key: 'customerGatewayAsn', label: 'Customer gateway ASN', min: 1, int: true },
    { type: 'text', key: 'siteName', label: 'Site name', optional: true }, { type: 'bool', key: 'staticRoutesOnly', label: 'Static routes only' }, { type: 'yaml', key: 'tunnels', label: 'Tunnels' }],
  alarm: [name, { type: 'ref', key: 'resourceId', label: 'Watches', kinds: 'any', scope: 'any' }, { type: 'text', key: 'metric', label: 'Metric' }, { type: 'text', key: 'namespace', label: 'Namespace', optional: true },
    { type: 'select', key: 'statistic', label: 'Statistic', options: ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'] },
    { type: 'select', key: 'comparison', label: 'Comparison', options: ['GreaterThanThreshold', 'GreaterThanOrEqualToThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold'] },
    { type: 'number', key: 'threshold', label: 'Threshold' }, { type: 'number', key: 'periodSeconds', label: 'Period', min: 10, int: true, unit: 's' }, { type: 'number', key: 'evaluationPeriods', label: 'Evaluation periods', min: 1, int: true },
    { type: 'refs', key: 'topicIds', label: 'Notify topics', kinds: ['topic'], scope: 'any' }],
  topic: [name, { type: 'yaml', key: 'subscriptions', label: 'Subscriptions', hint: '- protocol: email\n  endpoint: oncall@example.com' }],
  generic: [name, { type: 'text', key: 'resourceType', label: 'Resource type', placeholder: 'AWS::S3::Bucket' }, { type: 'yaml', key: 'properties', label: 'Properties' }],
};

/** Fields every node has, shown after its own. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { type: 'yaml', key: 'tags', label: 'Tags', hint: 'team: shop' },
  { type: 'text', key: 'notes', label: 'Notes', optional: true, multiline: true },
];

export const EDGE_FIELDS: Readonly<Record<EdgeKind, readonly FieldSpec[]>> = {
  traffic: [
    { type: 'select', key: 'listener.protocol', label: 'Listener protocol', options: PROTOCOLS },
    { type: 'number', key: 'listener.port', label: 'Listener port', min: 1, max: 65535, int: true },
    // Shown for HTTPS/TLS listeners only (EdgeInspector): AWS refuses to create them without a certificate.
    { type: 'text', key: 'listener.certificateArn', label: 'Certificate ARN', optional: true, check: 'certificateArn', placeholder: 'arn:aws:acm:<region>:<account>:certificate/<id>' },
    { type: 'select', key: 'dns.failoverRole', label: 'DNS failover role', options: ['primary', 'secondary'], optional: true },
    { type: 'text', key: 'dns.region', label: 'DNS latency region', optional: true },
  ],
  dependency: [{ type: 'select', key: 'endpoint', label: 'Endpoint', options: ['writer', 'reader', 'instance'], optional: true }],
  replication: [{ type: 'select', key: 'mode', label: 'Mode', options: ['async', 'sync'] }],
  link: [],
};

export const DESIGN_FIELDS: readonly FieldSpec[] = [
  { type: 'text', key: 'name', label: 'Design name' },
  { type: 'text', key: 'description', label: 'Description', optional: true, multiline: true },
  { type: 'number', key: 'objectives.availabilityTarget', label: 'Availability target', min: 0, max: 100, optional: true, unit: '%' },
  { type: 'number', key: 'objectives.rtoSeconds.instance', label: 'RTO · instance loss', min: 0, optional: true, unit: 's' },
  { type: 'number', key: 'objectives.rtoSeconds.az', label: 'RTO · AZ loss', min: 0, optional: true, unit: 's' },
  { type: 'number', key: 'objectives.rtoSeconds.region', label: 'RTO · region loss', min: 0, optional: true, unit: 's' },
  { type: 'number', key: 'objectives.rpoSeconds.instance', label: 'RPO · instance loss', min: 0, optional: true, unit: 's' },
  { type: 'number', key: 'objectives.rpoSeconds.az', label: 'RPO · AZ loss', min: 0, optional: true, unit: 's' },
  { type: 'number', key: 'objectives.rpoSeconds.region', label: 'RPO · region loss', min: 0, optional: true, unit: 's' },
  { type: 'yaml', key: 'availabilityOverrides', label: 'Availability overrides', hint: 'ec2.instance: 0.995' },
];
