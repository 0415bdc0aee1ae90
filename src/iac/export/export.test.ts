// Both exporters over every design we have: HCL parses (hcl2json), YAML parses with CloudFormation's tags and meets the resource specification.
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../../model';
import { generateDesign } from '../../testing/generate';
import { CFN_YAML_TAGS } from '../cfn-tags';
import { everyKindDesign } from '../fixtures.test-util';
import { specProblems } from '../spec.test-util';
import { exportCloudFormation } from './cloudformation';
import { exportTerraform } from './terraform';

const TEMPLATES = new URL('../../../resources/templates/', import.meta.url);

function designs(): [string, Design][] {
  const out: [string, Design][] = [['every kind', everyKindDesign()], ['generated 400', generateDesign(400, 7)]];
  let files: string[] = [];
  try { files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.ha.json')).sort(); } catch { /* templates not written yet */ }
  for (const f of files) {
    const r = parseDesign(readFileSync(new URL(f, TEMPLATES), 'utf8'));
    if (r.ok) out.push([f, r.design]);
  }
  return out;
}

type Tf = { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>>; variable?: Record<string, unknown> };

async function parsedTerraform(d: Design): Promise<{ files: Record<string, string>; merged: Tf; text: string }> {
  const files = exportTerraform(d);
  const merged: Tf = { resource: {}, data: {}, variable: {} };
  for (const [name, text] of Object.entries(files)) {
    const json = (await parseHcl(name, text)) as Tf;
    for (const k of ['resource', 'data'] as const) for (const [type, byName] of Object.entries(json[k] ?? {})) merged[k]![type] = { ...merged[k]![type], ...byName };
    Object.assign(merged.variable!, json.variable ?? {});
  }
  return { files, merged, text: Object.values(files).join('\n') };
}

describe.each(designs())('export of %s', (_name, d) => {
  it('Terraform: every file parses as HCL; every reference and variable is declared; no literal AZs', async () => {
    const { files, merged, text } = await parsedTerraform(d);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['versions.tf', 'providers.tf', 'variables.tf', 'outputs.tf']));
    for (const m of text.matchAll(/\b(aws_[a-z0-9_]+)\.([a-z0-9_]+)\.[a-z_]+/g)) {
      if (m.index! > 0 && text[m.index! - 1] === '.') continue;
      expect(merged.resource![m[1]!]?.[m[2]!], `${m[0]} is declared`).toBeDefined();
    }
    for (const m of text.matchAll(/\bdata\.([a-z0-9_]+)\.([a-z0-9_]+)\./g)) expect(merged.data![m[1]!]?.[m[2]!], m[0]).toBeDefined();
    for (const m of text.matchAll(/\bvar\.([a-z0-9_]+)/g)) expect(merged.variable![m[1]!], `variable ${m[1]}`).toBeDefined();
    const resources = Object.entries(files).filter(([f]) => !['variables.tf'].includes(f)).map(([, t]) => t).join('\n');
    expect(resources).not.toMatch(/availability_zone\s*=\s*"/);
  }, 120_000);

  it('CloudFormation: parses with the intrinsic tags, meets the resource specification, references resolve', () => {
    for (const [file, text] of Object.entries(exportCloudFormation(d))) {
      const t = parseYaml(text, { customTags: CFN_YAML_TAGS }) as { AWSTemplateFormatVersion: string; Parameters: Record<string, unknown>; Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
      expect(t.AWSTemplateFormatVersion, file).toBe('2010-09-09');
      expect(specProblems(t), file).toEqual([]);
      const known = new Set([...Object.keys(t.Resources), ...Object.keys(t.Parameters), 'AWS::Region', 'AWS::StackName', 'AWS::AccountId']);
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (v && typeof v === 'object') {
          const rec = v as Record<string, unknown>;
          if (typeof rec.Ref === 'string') expect(known.has(rec.Ref), `${file}: Ref ${rec.Ref}`).toBe(true);
          if (Array.isArray(rec['Fn::GetAtt'])) expect(t.Resources[rec['Fn::GetAtt'][0] as string], `${file}: GetAtt ${String(rec['Fn::GetAtt'])}`).toBeDefined();
          Object.values(rec).forEach(walk);
        }
      };
      walk(t.Resources);
    }
  }, 120_000);

  it('CloudFormation as JSON: the same template as the YAML (long-form intrinsics), files named .json', () => {
    const yaml = exportCloudFormation(d);
    const json = exportCloudFormation(d, { format: 'json' });
    expect(Object.keys(json)).toEqual(Object.keys(yaml).map((f) => f.replace(/\.yaml$/, '.json')));
    for (const [file, text] of Object.entries(yaml)) {
      const { Metadata, ...body } = JSON.parse(json[file.replace(/\.yaml$/, '.json')]!) as Record<string, unknown>;
      expect(body, file).toEqual(parseYaml(text, { customTags: CFN_YAML_TAGS }));
      const comment = text.split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2));
      expect(Metadata, file).toEqual(comment.length ? { HaArchitect: { NotExported: comment } } : undefined);
    }
  });

  it('both exports are deterministic, whatever the order of the design lists', () => {
    const shuffled: Design = { ...d, nodes: [...d.nodes].reverse(), edges: [...d.edges] };
    expect(exportTerraform(shuffled)).toEqual(exportTerraform(d));
    expect(exportCloudFormation(d)).toEqual(exportCloudFormation(d));
  });
});

describe('coverage of every kind', () => {
  it('maps each kind to its Terraform and CloudFormation types; generic becomes a comment with its type', async () => {
    const d = everyKindDesign();
    const { merged, files } = await parsedTerraform(d);
    const tfTypes = Object.keys(merged.resource!);
    for (const t of ['aws_vpc', 'aws_subnet', 'aws_internet_gateway', 'aws_nat_gateway', 'aws_eip', 'aws_route_table', 'aws_route', 'aws_route_table_association',
      'aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_lb', 'aws_lb_listener', 'aws_lb_target_group',
      'aws_lb_target_group_attachment', 'aws_autoscaling_attachment', 'aws_instance', 'aws_launch_template', 'aws_autoscaling_group', 'aws_db_subnet_group',
      'aws_db_instance', 'aws_route53_record', 'aws_route53_health_check', 'aws_vpc_peering_connection', 'aws_vpc_peering_connection_accepter',
      'aws_ec2_transit_gateway', 'aws_ec2_transit_gateway_vpc_attachment', 'aws_customer_gateway', 'aws_vpn_connection', 'aws_cloudwatch_metric_alarm',
      'aws_sns_topic', 'aws_sns_topic_subscription']) expect(tfTypes, t).toContain(t);
    expect(files['not_exported.tf']).toContain('type AWS::S3::Bucket');
    const cfn = Object.values(exportCloudFormation(d)).join('\n');
    for (const t of ['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment', 'AWS::EC2::NatGateway', 'AWS::EC2::EIP',
      'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress',
      'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::TargetGroup', 'AWS::EC2::Instance',
      'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::AutoScalingGroup', 'AWS::RDS::DBSubnetGroup', 'AWS::RDS::DBInstance', 'AWS::Route53::RecordSet',
      'AWS::Route53::HealthCheck', 'AWS::EC2::VPCPeeringConnection', 'AWS::EC2::TransitGateway', 'AWS::EC2::TransitGatewayAttachment',
      'AWS::EC2::CustomerGateway', 'AWS::EC2::VPNConnection', 'AWS::CloudWatch::Alarm', 'AWS::SNS::Topic']) expect(cfn, t).toContain(`Type: ${t}\n`);
    expect(cfn).toMatch(/^# generic resource "assets" .*type AWS::S3::Bucket/m);
  }, 120_000);

  it('writes no secret: databases use a managed master password', () => {
    const all = [...Object.values(exportTerraform(everyKindDesign())), ...Object.values(exportCloudFormation(everyKindDesign()))].join('\n');
    expect(all).not.toMatch(/\bpassword\s*=|\bMasterUserPassword:/i);
    expect(all).toContain('manage_master_user_password = true');
  });
});

describe('snapshots', () => {
  it('Terraform files of the every-kind design', async () => {
    for (const [f, text] of Object.entries(exportTerraform(everyKindDesign()))) await expect(text).toMatchFileSnapshot(`__snapshots__/terraform/${f}`);
  });
  it('CloudFormation templates of the every-kind design', async () => {
    for (const [f, text] of Object.entries(exportCloudFormation(everyKindDesign()))) await expect(text).toMatchFileSnapshot(`__snapshots__/cloudformation/${f}`);
  });
});
