/** What every Terraform emitter needs: names, references, region and AZ expressions, tags. */
import { indexDesign, type Design, type DesignIndex, type DesignNode, type NodeKind } from '../../../model';
import { Namer, nodeNames, tfSlug } from '../../names';
import { nodeTags } from '../../tags';
import { designRegions } from '../../regions';
import { placements, type Placement } from '../../placement-cache';
import { expr, type Expr, type HclItem } from './hcl';

/** The Terraform resource type that stands for a node of each kind (the one other resources reference). */
export const TF_PRIMARY: Readonly<Partial<Record<NodeKind, string>>> = {
  vpc: 'aws_vpc', subnet: 'aws_subnet', internetGateway: 'aws_internet_gateway', natGateway: 'aws_nat_gateway',
  routeTable: 'aws_route_table', securityGroup: 'aws_security_group', loadBalancer: 'aws_lb', targetGroup: 'aws_lb_target_group',
  instance: 'aws_instance', autoScalingGroup: 'aws_autoscaling_group', database: 'aws_db_instance', dnsRecord: 'aws_route53_record',
  vpcPeering: 'aws_vpc_peering_connection', transitGateway: 'aws_ec2_transit_gateway', vpnConnection: 'aws_vpn_connection',
  alarm: 'aws_cloudwatch_metric_alarm', topic: 'aws_sns_topic',
};

/** One region code used by the design, with its variable names and the zones the design uses there. */
export interface RegionVars {
  readonly code: string;
  readonly primary: boolean;
  readonly regionVar: string;
  readonly azsVar: string;
  readonly zones: readonly string[];
}

/** Shared state of one Terraform export. */
export class TfContext {
  readonly index: DesignIndex;
  readonly names: Map<string, string>;
  readonly regions: RegionVars[];
  private readonly byCode = new Map<string, RegionVars>();
  private readonly placed: Map<string, Placement>;

  constructor(readonly design: Design) {
    this.index = indexDesign(design);
    this.placed = placements(this.index);
    this.names = nodeNames(design, tfSlug, new Namer((b, n) => `${b}_${n}`));
    const codes = designRegions(design);
    this.regions = codes.map((code, i) => {
      const zones = new Set<string>();
      for (const r of this.index.ofKind('region')) if (r.region === code) for (const az of this.azsUnder(r.id)) zones.add(az);
      const slug = tfSlug(code);
      return { code, primary: i === 0, regionVar: i === 0 ? 'region' : `region_${slug}`, azsVar: i === 0 ? 'azs' : `azs_${slug}`, zones: [...zones].sort() };
    });
    for (const r of this.regions) this.byCode.set(r.code, r);
  }

  private azsUnder(regionId: string): string[] {
    const out: string[] = [];
    const stack = [regionId];
    while (stack.length) {
      const id = stack.pop()!;
      for (const c of this.index.children(id)) {
        if (c.kind === 'az') out.push(c.zone);
        else stack.push(c.id);
      }
    }
    return out;
  }

  /** The Terraform name of a node's resources. */
  name(id: string): string {
    return this.names.get(id) ?? tfSlug(id);
  }

  /** `aws_vpc.shop.id` — a reference to an attribute of a node's primary resource. */
  ref(id: string, attribute = 'id'): Expr {
    const node = this.index.byId.get(id);
    const type = node ? TF_PRIMARY[node.kind] : undefined;
    return expr(`${type ?? 'null_resource'}.${this.name(id)}.${attribute}`);
  }

  /** The region variables of the region a node sits in (the primary region for global nodes). */
  regionOf(id: string): RegionVars {
    const code = this.placed.get(id)?.region;
    return (code && this.byCode.get(code)) || this.regions[0]!;
  }

  /** The provider v6 per-resource `region` argument for nodes outside the primary region. */
  regionAttr(id: string): HclItem | undefined {
    const r = this.regionOf(id);
    return r.primary ? undefined : { attr: 'region', value: expr(`var.${r.regionVar}`) };
  }

  /** `var.azs[1]`: the AZ of a node, from the variables rather than a literal. */
  azExpr(id: string): Expr | undefined {
    const zone = this.placed.get(id)?.zone;
    if (!zone) return undefined;
    const r = this.regionOf(id);
    const i = r.zones.indexOf(zone);
    return i < 0 ? undefined : expr(`var.${r.azsVar}[${i}]`);
  }

  /** The tags of a node's resources. */
  tags(node: DesignNode): Record<string, string> {
    return nodeTags(this.index, node);
  }

  /** `"${var.name_prefix}-web"`, cut to `max` characters for names AWS limits (load balancers, target groups: 32). */
  prefixed(id: string, max?: number): Expr {
    const inner = `"\${var.name_prefix}-${this.name(id).replace(/_/g, '-')}"`;
    return expr(max ? `substr(${inner}, 0, ${max})` : inner);
  }
}
