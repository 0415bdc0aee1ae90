/** Terraform export: a design as an HCL directory for the AWS provider (~> 6.0), as a map file name → content. */
import { NODE_KINDS, type Design, type DesignNode, type NodeKind } from '../../../model';
import { TfContext } from './context';
import { renderHcl, type HclItem } from './hcl';
import { tfInternetGateway, tfNatGateway, tfRouteTable, tfSecurityGroup, tfSubnet, tfVpc } from './network';
import { tfAutoScalingGroup, tfInstance, tfLoadBalancer, tfTargetGroup } from './compute';
import { tfDatabase } from './data';
import { tfDnsRecord } from './dns';
import { tfTransitGateway, tfVpcPeering, tfVpnConnection } from './connectivity';
import { tfAlarm, tfTopic } from './ops';
import { outputsTf, providersTf, variablesTf, versionsTf } from './files';

type Emitter = (c: TfContext, n: never) => HclItem[];

/** Per kind: the file it goes to and its emitter (region and AZ are containers only: they become variables). */
const KINDS: Readonly<Partial<Record<NodeKind, readonly [string, Emitter]>>> = {
  vpc: ['network.tf', tfVpc], subnet: ['network.tf', tfSubnet], internetGateway: ['network.tf', tfInternetGateway], natGateway: ['network.tf', tfNatGateway],
  routeTable: ['network.tf', tfRouteTable], securityGroup: ['security.tf', tfSecurityGroup],
  loadBalancer: ['load_balancing.tf', tfLoadBalancer], targetGroup: ['load_balancing.tf', tfTargetGroup],
  instance: ['compute.tf', tfInstance], autoScalingGroup: ['compute.tf', tfAutoScalingGroup], database: ['database.tf', tfDatabase], dnsRecord: ['dns.tf', tfDnsRecord],
  vpcPeering: ['connectivity.tf', tfVpcPeering], transitGateway: ['connectivity.tf', tfTransitGateway], vpnConnection: ['connectivity.tf', tfVpnConnection],
  alarm: ['monitoring.tf', tfAlarm], topic: ['monitoring.tf', tfTopic],
};

function genericComment(n: Extract<DesignNode, { kind: 'generic' }>): HclItem {
  return { comment: `generic resource "${n.name}" (id ${n.id}, type ${n.resourceType}) is not exported: HA Architect has no Terraform mapping for it.` };
}

/** Exports a design as Terraform files (pure; deterministic: the same design always gives byte-identical files). */
export function exportTerraform(design: Design): Record<string, string> {
  const c = new TfContext(design);
  const order = new Map(NODE_KINDS.map((k, i) => [k, i]));
  const keyed = design.nodes.map((n) => ({ n, k: order.get(n.kind)!, name: c.name(n.id) }));
  keyed.sort((a, b) => a.k - b.k || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nodes = keyed.map((x) => x.n);
  const areas = new Map<string, HclItem[]>();
  const push = (file: string, items: HclItem[]) => {
    const list = areas.get(file) ?? [];
    list.push(...items);
    areas.set(file, list);
  };
  for (const n of nodes) {
    if (n.kind === 'generic') push('not_exported.tf', [genericComment(n)]);
    const entry = KINDS[n.kind];
    if (entry) push(entry[0], entry[1](c, n as never));
  }
  const files: Record<string, string> = {
    'versions.tf': versionsTf(),
    'providers.tf': providersTf(c),
    'variables.tf': variablesTf(c),
  };
  for (const file of [...areas.keys()].sort()) files[file] = renderHcl(areas.get(file)!);
  files['outputs.tf'] = outputsTf(c);
  return Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]!]));
}
