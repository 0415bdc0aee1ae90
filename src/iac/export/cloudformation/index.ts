/** CloudFormation export: a design as a YAML or JSON template per region (Parameters, Resources with Ref/GetAtt/Sub, Outputs), as a map file name → content. */
import { NODE_KINDS, type Design, type NodeKind } from '../../../model';
import { designRegions } from '../../regions';
import { CfnContext, type CfnValue } from './context';
import { renderTemplateYaml } from './yaml';
import { cfnInternetGateway, cfnNatGateway, cfnRouteTable, cfnSecurityGroup, cfnSubnet, cfnVpc } from './network';
import { cfnAutoScalingGroup, cfnInstance, cfnLoadBalancer, cfnTargetGroup } from './compute';
import { cfnDatabase, cfnDnsRecord } from './data';
import { cfnAlarm, cfnTopic, cfnTransitGateway, cfnVpcPeering, cfnVpnConnection } from './connectivity';

type Emitter = (c: CfnContext, n: never, skipped: string[]) => void;

const KINDS: Readonly<Partial<Record<NodeKind, Emitter>>> = {
  vpc: cfnVpc, subnet: cfnSubnet, internetGateway: cfnInternetGateway, natGateway: cfnNatGateway, routeTable: cfnRouteTable, securityGroup: cfnSecurityGroup,
  loadBalancer: cfnLoadBalancer, targetGroup: cfnTargetGroup, instance: cfnInstance, autoScalingGroup: cfnAutoScalingGroup, database: cfnDatabase,
  dnsRecord: cfnDnsRecord, vpcPeering: cfnVpcPeering, transitGateway: cfnTransitGateway, vpnConnection: cfnVpnConnection, alarm: cfnAlarm, topic: cfnTopic,
};

/** The text form of the exported templates: YAML with short intrinsic tags (default), or JSON (long-form intrinsics). */
export type CfnFormat = 'yaml' | 'json';

/** Options of the CloudFormation export. */
export interface CfnExportOptions {
  readonly format?: CfnFormat;
}

function render(body: Record<string, unknown>, skipped: readonly string[], format: CfnFormat): string {
  if (format === 'yaml') return renderTemplateYaml(body, skipped.join('\n') || undefined);
  // JSON has no comments: what YAML says in its header comment goes into the template's Metadata section.
  const withNote = skipped.length ? { ...body, Metadata: { HaArchitect: { NotExported: skipped } } } : body;
  return JSON.stringify(withNote, null, 2) + '\n';
}

function template(design: Design, region: string, primary: boolean, multi: boolean, format: CfnFormat): string {
  const c = new CfnContext(design, region, primary);
  const order = new Map(NODE_KINDS.map((k, i) => [k, i]));
  const keyed = design.nodes.filter((n) => c.here(n.id)).map((n) => ({ n, k: order.get(n.kind)!, id: c.id(n.id) }));
  keyed.sort((a, b) => a.k - b.k || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = keyed.map((x) => x.n);
  const skipped: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'generic') skipped.push(`generic resource "${n.name}" (id ${n.id}, type ${n.resourceType}) is not exported: HA Architect has no CloudFormation mapping for it.`);
    KINDS[n.kind]?.(c, n as never, skipped);
  }
  const parameters: Record<string, CfnValue> = {
    NamePrefix: { Type: 'String', Description: 'Prefix of resource names.', Default: design.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 20) },
  };
  if (c.zones.length) parameters.AvailabilityZones = { Type: 'List<AWS::EC2::AvailabilityZone::Name>', Description: 'Availability zones, in the order the design uses them.', Default: c.zones.join(',') };
  for (const name of [...c.parameters.keys()].sort()) parameters[name] = c.parameters.get(name)! as unknown as CfnValue;
  const outputs: Record<string, CfnValue> = {};
  for (const n of nodes) {
    if (n.kind === 'loadBalancer') outputs[`${c.id(n.id)}DnsName`] = { Description: `DNS name of load balancer ${n.name}.`, Value: { 'Fn::GetAtt': [c.id(n.id), 'DNSName'] } };
    if (n.kind === 'database') outputs[`${c.id(n.id)}Endpoint`] = { Description: `Endpoint of database ${n.name}.`, Value: { 'Fn::GetAtt': [c.id(n.id), 'Endpoint.Address'] } };
  }
  const resources = Object.fromEntries([...c.resources].map(([id, r]) => [id, r as unknown as CfnValue]));
  const body: Record<string, unknown> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `${design.name} (design ${design.id}${multi ? `, region ${region}` : ''}) exported by HA Architect.`,
    Parameters: parameters,
    Resources: resources,
  };
  if (Object.keys(outputs).length) body.Outputs = outputs;
  return render(body, skipped, format);
}

/**
 * Exports a design as CloudFormation: `template.yaml`, or `<region>.template.yaml` per region for multi-region
 * designs (`.json` with `format: 'json'`); pure and deterministic.
 */
export function exportCloudFormation(design: Design, options: CfnExportOptions = {}): Record<string, string> {
  const format = options.format ?? 'yaml';
  const regions = designRegions(design);
  if (regions.length === 1) return { [`template.${format}`]: template(design, regions[0]!, true, false, format) };
  return Object.fromEntries(regions.map((r, i) => [`${r}.template.${format}`, template(design, r, i === 0, true, format)]));
}
