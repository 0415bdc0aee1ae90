/** Fluent builders for designs in tests, templates and benchmarks: `design('shop').region('r', 'us-east-1', r => r.vpc(...)).build()`. */
import { createNode, emptyDesign, indexDesign, type Design, type DesignEdge, type DesignNode, type EdgeDraft, type EdgeOf, type NodeKind, type NodeOf, type Objectives } from '../model';
import { autoLayout } from './layout';

/** Fields one may set on a node of kind K (everything but identity and containment). */
export type NodeProps<K extends NodeKind> = Partial<Omit<NodeOf<K>, 'id' | 'kind' | 'parent'>>;

type Mutable<T> = { -readonly [P in keyof T]: T[P] };
type DraftNode = Mutable<DesignNode>;

const EMPTY_INDEX = indexDesign(emptyDesign('builder-defaults'));

/** Shared state of one design under construction: nodes in insertion order, edges, counters. */
class Sink {
  readonly nodes: DraftNode[] = [];
  readonly edges: DesignEdge[] = [];
  readonly ids = new Set<string>();
  edgeSeq = 0;

  add<K extends NodeKind>(kind: K, id: string, parent: string | undefined, props: object): void {
    if (this.ids.has(id)) throw new Error(`builder: duplicate id "${id}"`);
    this.ids.add(id);
    const base = createNode(EMPTY_INDEX, kind, { id, parent, name: id }) as DraftNode;
    if (kind === 'database' && parent) (base as Mutable<NodeOf<'database'>>).subnetIds = [parent];
    const node = { ...base, ...props } as DraftNode;
    if (parent === undefined) delete node.parent;
    this.nodes.push(node);
  }

  edge(e: EdgeDraft & { id?: string }): void {
    const id = e.id ?? `e${++this.edgeSeq}-${e.source}-${e.target}`.slice(0, 128);
    if (this.ids.has(id)) throw new Error(`builder: duplicate id "${id}"`);
    this.ids.add(id);
    this.edges.push({ ...e, id } as DesignEdge);
  }
}

/** Builds the contents of a subnet: instances, NAT gateways, databases. */
export class SubnetBuilder {
  constructor(private readonly sink: Sink, readonly id: string) {}
  /** Adds an EC2 instance. */
  instance(id: string, props: NodeProps<'instance'> = {}): this { this.sink.add('instance', id, this.id, props); return this; }
  /** Adds a NAT gateway. */
  nat(id: string, props: NodeProps<'natGateway'> = {}): this { this.sink.add('natGateway', id, this.id, props); return this; }
  /** Adds a database (primary by default; subnet group defaults to this subnet). */
  database(id: string, props: NodeProps<'database'> = {}): this { this.sink.add('database', id, this.id, props); return this; }
  /** Adds a generic resource. */
  generic(id: string, props: NodeProps<'generic'> = {}): this { this.sink.add('generic', id, this.id, props); return this; }
}

/** Builds the subnets of an availability zone. */
export class AzBuilder {
  constructor(private readonly sink: Sink, readonly id: string) {}
  /** Adds a subnet with its CIDR; `opts.public` marks intent (routing decides reality). */
  subnet(id: string, cidr: string, opts: NodeProps<'subnet'> = {}, fill?: (s: SubnetBuilder) => unknown): this {
    this.sink.add('subnet', id, this.id, { cidr, public: false, ...opts });
    fill?.(new SubnetBuilder(this.sink, id));
    return this;
  }
}

/** Builds a VPC: zones and the VPC-level resources (gateways, route tables, balancers, groups). */
export class VpcBuilder {
  constructor(private readonly sink: Sink, readonly id: string) {}
  /** Adds an availability zone such as us-east-1a. */
  az(id: string, zone: string, fill?: (a: AzBuilder) => unknown): this {
    this.sink.add('az', id, this.id, { zone, name: zone });
    fill?.(new AzBuilder(this.sink, id));
    return this;
  }
  /** Adds an internet gateway. */
  igw(id: string, props: NodeProps<'internetGateway'> = {}): this { this.sink.add('internetGateway', id, this.id, props); return this; }
  /** Adds a route table; `routes` use `{ destination, targetKind, target }`. */
  routeTable(id: string, props: NodeProps<'routeTable'> = {}): this { this.sink.add('routeTable', id, this.id, props); return this; }
  /** Adds a security group. */
  securityGroup(id: string, props: NodeProps<'securityGroup'> = {}): this { this.sink.add('securityGroup', id, this.id, props); return this; }
  /** Adds a load balancer (application, internet-facing, cross-zone on by default). */
  lb(id: string, props: NodeProps<'loadBalancer'> = {}): this { this.sink.add('loadBalancer', id, this.id, props); return this; }
  /** Adds a target group (HTTP health check on /health by default). */
  tg(id: string, props: NodeProps<'targetGroup'> = {}): this { this.sink.add('targetGroup', id, this.id, props); return this; }
  /** Adds an auto scaling group (2/2/4, ELB health checks by default). */
  asg(id: string, props: NodeProps<'autoScalingGroup'> = {}): this { this.sink.add('autoScalingGroup', id, this.id, props); return this; }
  /** Adds a generic resource. */
  generic(id: string, props: NodeProps<'generic'> = {}): this { this.sink.add('generic', id, this.id, props); return this; }
}

/** Builds a region: VPCs and regional resources (alarms, topics, transit gateways, VPNs, peerings). */
export class RegionBuilder {
  constructor(private readonly sink: Sink, readonly id: string) {}
  /** Adds a VPC with its CIDR. */
  vpc(id: string, cidr: string, fill?: (v: VpcBuilder) => unknown): this {
    this.sink.add('vpc', id, this.id, { cidr });
    fill?.(new VpcBuilder(this.sink, id));
    return this;
  }
  /** Adds a CloudWatch alarm on `resourceId`. */
  alarm(id: string, props: NodeProps<'alarm'> = {}): this { this.sink.add('alarm', id, this.id, props); return this; }
  /** Adds an SNS topic. */
  topic(id: string, props: NodeProps<'topic'> = {}): this { this.sink.add('topic', id, this.id, props); return this; }
  /** Adds a transit gateway. */
  transitGateway(id: string, props: NodeProps<'transitGateway'> = {}): this { this.sink.add('transitGateway', id, this.id, props); return this; }
  /** Adds a VPN connection (two IPsec tunnels by default). */
  vpn(id: string, props: NodeProps<'vpnConnection'> = {}): this { this.sink.add('vpnConnection', id, this.id, props); return this; }
  /** Adds a VPC peering connection. */
  peering(id: string, props: NodeProps<'vpcPeering'> = {}): this { this.sink.add('vpcPeering', id, this.id, props); return this; }
}

/** Builds a whole design: regions, DNS records, edges, objectives; `build()` lays it out. */
export class DesignBuilder {
  private readonly sink = new Sink();
  private meta: Mutable<Pick<Design, 'name' | 'description' | 'objectives' | 'availabilityOverrides'>>;
  constructor(readonly id: string, name = id) {
    const empty = emptyDesign(id, name);
    this.meta = { name, description: empty.description, objectives: empty.objectives, availabilityOverrides: {} };
  }
  /** Sets name and description. */
  describe(name: string, description = ''): this { this.meta.name = name; this.meta.description = description; return this; }
  /** Sets the objectives (availability %, RTO/RPO seconds per disruption). */
  objectives(o: Partial<Objectives>): this { this.meta.objectives = { rtoSeconds: {}, rpoSeconds: {}, ...o }; return this; }
  /** Sets availability overrides by component key. */
  overrides(o: Record<string, number>): this { this.meta.availabilityOverrides = o; return this; }
  /** Adds a region container with its code (e.g. us-east-1). */
  region(id: string, code: string, fill?: (r: RegionBuilder) => unknown): this {
    this.sink.add('region', id, undefined, { region: code, name: code });
    fill?.(new RegionBuilder(this.sink, id));
    return this;
  }
  /** Adds a DNS record (top level). */
  dns(id: string, props: NodeProps<'dnsRecord'> = {}): this { this.sink.add('dnsRecord', id, undefined, props); return this; }
  /** Adds any node under any parent (escape hatch for unusual placements). */
  node<K extends NodeKind>(kind: K, id: string, parent: string | undefined, props: NodeProps<K> = {}): this { this.sink.add(kind, id, parent, props); return this; }
  /** Traffic edge: DNS → LB/instance (with `dns`), LB → TG (with `listener`), TG → instance/ASG. */
  traffic(source: string, target: string, extra: Partial<Omit<EdgeOf<'traffic'>, 'kind' | 'source' | 'target'>> = {}): this {
    this.sink.edge({ kind: 'traffic', source, target, ...extra });
    return this;
  }
  /** Dependency edge: app → database (writer | reader | instance endpoint) or app → internal service. */
  dependency(source: string, target: string, endpoint?: 'writer' | 'reader' | 'instance', id?: string): this {
    this.sink.edge({ kind: 'dependency', source, target, ...(endpoint ? { endpoint } : {}), ...(id ? { id } : {}) });
    return this;
  }
  /** Replication edge: primary → replica. */
  replication(source: string, target: string, mode: 'async' | 'sync' = 'async'): this { this.sink.edge({ kind: 'replication', source, target, mode }); return this; }
  /** Link edge: VPC ↔ peering / transit gateway / VPN. */
  link(source: string, target: string): this { this.sink.edge({ kind: 'link', source, target }); return this; }
  /** The design, laid out (containers sized around their children, no overlaps). */
  build(opts: { layout?: boolean } = {}): Design {
    const nodes = opts.layout === false ? this.sink.nodes : autoLayout(this.sink.nodes);
    return { schemaVersion: 1, id: this.id, ...this.meta, nodes: nodes as DesignNode[], edges: [...this.sink.edges] } as Design;
  }
}

/** Starts a design builder. */
export function design(id: string, name?: string): DesignBuilder {
  return new DesignBuilder(id, name);
}
