// The importers as fuzz targets, each seeded with valid inputs of its format.
import { design } from '../../testing/builders';
import { exportCloudFormation } from '../export/cloudformation';
import { exportTerraform } from '../export/terraform';
import { fakeApply } from '../fake-apply.test-util';
import { importCloudFormation } from './cloudformation';
import { importTerraformState } from './terraform-state';
import type { FuzzTarget } from './fuzz.test-util';
import { parse } from 'yaml';
import { CFN_YAML_TAGS } from '../cfn-tags';

const small = () => design('fuzz', 'Fuzz')
  .region('r', 'us-east-1', (r) => r.vpc('v', '10.0.0.0/16', (v) => v
    .az('a', 'us-east-1a', (a) => a.subnet('s1', '10.0.1.0/24', { public: true }, (s) => s.nat('n').instance('i1')).subnet('d1', '10.0.2.0/24', {}, (s) => s.database('db', { subnetIds: ['d1', 'd2'] })))
    .az('b', 'us-east-1b', (a) => a.subnet('s2', '10.0.3.0/24', { public: true }, (s) => s.instance('i2')).subnet('d2', '10.0.4.0/24'))
    .igw('g').routeTable('rt', { routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'g' }], subnetIds: ['s1', 's2'] })
    .securityGroup('sg', { rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })
    .lb('lb', { subnetIds: ['s1', 's2'], securityGroupIds: ['sg'] }).tg('tg')).topic('t').alarm('al', { resourceId: 'lb', metric: 'HTTPCode_ELB_5XX_Count', topicIds: ['t'] }))
  .dns('dns', { domain: 'www.example.com', routing: 'failover' })
  .traffic('dns', 'lb', { dns: { failoverRole: 'primary' } }).traffic('lb', 'tg', { listener: { protocol: 'HTTP', port: 80 } }).traffic('tg', 'i1').traffic('tg', 'i2').dependency('i1', 'db', 'writer')
  .build();

/** The four importers (CloudFormation YAML and JSON, Terraform state and plan) with their seeds. */
export async function fuzzTargets(): Promise<FuzzTarget[]> {
  const yaml = exportCloudFormation(small())['template.yaml']!;
  const cfnJson = JSON.stringify(parse(yaml, { customTags: CFN_YAML_TAGS }), null, 1);
  const state = await fakeApply(exportTerraform(small()));
  const st = JSON.parse(state) as { resources: { type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] };
  const plan = JSON.stringify({
    format_version: '1.2',
    planned_values: { root_module: { resources: st.resources.map((r) => ({ address: `${r.type}.${r.name}`, mode: 'managed', type: r.type, name: r.name, values: { ...r.instances[0]!.attributes, id: null, vpc_id: null } })) } },
    configuration: { root_module: { resources: st.resources.filter((r) => r.type === 'aws_subnet').map((r) => ({ address: `${r.type}.${r.name}`, expressions: { vpc_id: { references: ['aws_vpc.v.id', 'aws_vpc.v'] } } })) } },
  }, null, 1);
  const grid = { layout: 'grid' as const };
  return [
    { name: 'cloudformation-yaml', seeds: [yaml], run: (t) => importCloudFormation(t, { file: 'fuzz.yaml', ...grid }) },
    { name: 'cloudformation-json', seeds: [cfnJson], json: true, run: (t) => importCloudFormation(t, { file: 'fuzz.json', ...grid }) },
    { name: 'terraform-state', seeds: [JSON.stringify(st, null, 1)], json: true, run: (t) => importTerraformState(t, { file: 'fuzz.tfstate', ...grid }) },
    { name: 'terraform-plan', seeds: [plan], json: true, run: (t) => importTerraformState(t, { file: 'fuzz-plan.json', ...grid }) },
  ];
}
