/** New nodes with sensible defaults (free CIDRs, next zone letter), as the palette and importers create them. */
import { cidrOverlaps, formatCidr, parseCidr, subnetOf, type Cidr } from './cidr';
import { kindLabel } from './placement';
import type { DesignIndex } from './query';
import type { DesignNode, NodeKind } from './node';

/** Where and how a new node is created. */
export interface NewNodeOptions {
  readonly id: string;
  readonly parent?: string;
  readonly position?: { readonly x: number; readonly y: number };
  readonly name?: string;
}

function freeBlock(taken: readonly string[], parent: Cidr, prefix: number): string | undefined {
  const used = taken.map(parseCidr).filter((c): c is Cidr => typeof c !== 'string');
  for (let i = 0; ; i++) {
    const candidate = subnetOf(parent, prefix, i);
    if (!candidate) return undefined;
    if (!used.some((u) => cidrOverlaps(u, candidate))) return formatCidr(candidate);
  }
}

function nextVpcCidr(index: DesignIndex): string {
  return freeBlock(index.ofKind('vpc').map((v) => v.cidr), { base: 10 << 24, prefix: 8 }, 16) ?? '10.0.0.0/16';
}

function nextSubnetCidr(index: DesignIndex, azId: string | undefined): string {
  const vpc = azId ? index.ancestor(azId, 'vpc') : undefined;
  const parsed = vpc ? parseCidr(vpc.cidr) : undefined;
  if (!vpc || !parsed || typeof parsed === 'string') return '10.0.0.0/24';
  const inVpc = index.ofKind('subnet').filter((s) => index.ancestor(s.id, 'vpc')?.id === vpc.id).map((s) => s.cidr);
  return freeBlock(inVpc, parsed, Math.max(parsed.prefix, 24)) ?? '10.0.0.0/24';
}

function nextZone(index: DesignIndex, vpcId: string | undefined): string {
  const region = (vpcId && index.ancestor(vpcId, 'region')?.region) || 'us-east-1';
  const used = new Set(index.children(vpcId).flatMap((n) => (n.kind === 'az' ? [n.zone] : [])));
  for (const letter of 'abcdefghijklmnop') if (!used.has(region + letter)) return region + letter;
  return region + 'a';
}

/** Creates a node of `kind` with defaults that make sense where it is placed. */
export function createNode(index: DesignIndex, kind: NodeKind, o: NewNodeOptions): DesignNode {
  const base = { id: o.id, name: o.name ?? kindLabel(kind).replace(/^./, (c) => c.toUpperCase()), parent: o.parent, position: o.position ?? { x: 40, y: 40 } };
  const container = (width: number, height: number) => ({ ...base, size: { width, height } });
  switch (kind) {
    case 'region': return { ...container(900, 600), kind, region: 'us-east-1', name: o.name ?? 'us-east-1' };
    case 'vpc': return { ...container(800, 500), kind, cidr: nextVpcCidr(index) };
    case 'az': {
      const zone = nextZone(index, o.parent);
      return { ...container(360, 400), kind, zone, name: o.name ?? zone };
    }
    case 'subnet': return { ...container(300, 160), kind, cidr: nextSubnetCidr(index, o.parent), public: false };
    case 'internetGateway': return { ...base, kind };
    case 'natGateway': return { ...base, kind, connectivity: 'public' };
    case 'routeTable': return { ...base, kind, routes: [], subnetIds: [] };
    case 'securityGroup': return { ...base, kind, description: '', rules: [] };
    case 'loadBalancer': return { ...base, kind, type: 'application', scheme: 'internet-facing', subnetIds: [], securityGroupIds: [], crossZone: true, preserveClientIp: true };
    case 'targetGroup': return { ...base, kind, protocol: 'HTTP', port: 80, stickiness: false, healthCheck: { protocol: 'HTTP', path: '/health', port: 'traffic-port', intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2 } };
    case 'instance': return { ...base, kind, instanceType: 't3.micro', role: '', securityGroupIds: [] };
    case 'autoScalingGroup': return { ...base, kind, minSize: 2, desiredCapacity: 2, maxSize: 4, subnetIds: [], healthCheckType: 'ELB', healthCheckGracePeriod: 300, launch: { instanceType: 't3.micro', role: '', securityGroupIds: [] } };
    case 'database': {
      const subnetIds = o.parent && index.byId.get(o.parent)?.kind === 'subnet' ? [o.parent] : [];
      return { ...base, kind, engine: 'mysql', instanceClass: 'db.t3.medium', role: 'primary', multiAz: false, subnetIds, securityGroupIds: [], allocatedStorageGb: 20, backupRetentionDays: 7 };
    }
    case 'dnsRecord': return { ...base, kind, domain: 'shop.example.com', routing: 'simple', ttlSeconds: 60, healthCheck: null };
    case 'vpcPeering': return { ...base, kind };
    case 'transitGateway': return { ...base, kind, amazonSideAsn: 64512 };
    case 'vpnConnection': return { ...base, kind, customerGatewayIp: '203.0.113.10', customerGatewayAsn: 65000, siteName: '', staticRoutesOnly: false, tunnels: [{ protocol: 'ipsec' }, { protocol: 'ipsec' }] };
    case 'alarm': return { ...base, kind, metric: 'CPUUtilization', statistic: 'Average', comparison: 'GreaterThanThreshold', threshold: 80, periodSeconds: 60, evaluationPeriods: 3, topicIds: [] };
    case 'topic': return { ...base, kind, subscriptions: [] };
    case 'generic': return { ...base, kind, resourceType: 'AWS::Unknown::Resource', properties: {} };
  }
}
