/** The fixed files of a Terraform export: versions.tf, providers.tf, variables.tf, outputs.tf. */
import { DESIGN_TAG } from '../../tags';
import type { TfContext } from './context';
import { attr, block, expr, renderHcl, type HclItem } from './hcl';

/** The SSM parameter with the latest Amazon Linux 2023 AMI (used when a node names no image). */
export const AMI_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

/** versions.tf: Terraform and the AWS provider, current major version. */
export function versionsTf(): string {
  return renderHcl([block('terraform', [], [
    attr('required_version', '>= 1.6.0'),
    block('required_providers', [], [attr('aws', { source: 'hashicorp/aws', version: '~> 6.0' })]),
  ])]);
}

/** providers.tf: one provider (other regions use the v6 per-resource `region` argument) and the AMI lookups. */
export function providersTf(c: TfContext): string {
  const items: HclItem[] = [block('provider', ['aws'], [
    attr('region', expr('var.region')),
    attr('profile', expr('var.profile')),
    block('default_tags', [], [attr('tags', { [DESIGN_TAG]: c.design.id })]),
  ])];
  for (const r of c.regions) {
    const needs = [...c.index.ofKind('instance').filter((n) => !n.imageId), ...c.index.ofKind('autoScalingGroup').filter((n) => !n.launch.imageId)]
      .some((n) => c.regionOf(n.id).code === r.code);
    if (needs) items.push(block('data', ['aws_ssm_parameter', `ami_${r.regionVar}`], [r.primary ? undefined : attr('region', expr(`var.${r.regionVar}`)), attr('name', AMI_PARAMETER)]));
  }
  return renderHcl(items);
}

const variable = (name: string, type: string, description: string, def?: unknown): HclItem =>
  block('variable', [name], [attr('description', description), attr('type', expr(type)), def === undefined ? undefined : attr('default', def as never)]);

/** variables.tf: region(s), profile, name prefix, AZs per region, and the inputs some resources need. */
export function variablesTf(c: TfContext): string {
  const items: HclItem[] = [];
  for (const r of c.regions) {
    items.push(variable(r.regionVar, 'string', r.primary ? 'Primary AWS region.' : `AWS region of the design's ${r.code} resources.`, r.code));
    items.push(variable(r.azsVar, 'list(string)', `Availability zones used in ${r.primary ? 'the primary region' : r.code}, in the order the design uses them.`, r.zones));
  }
  items.push(variable('profile', 'string', 'AWS shared-config profile (null: the default credential chain).', null));
  items.push(variable('name_prefix', 'string', 'Prefix of every resource name.', c.design.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 20)));
  if (c.index.ofKind('database').some((d) => d.role === 'primary')) items.push(variable('db_username', 'string', 'Master user name of the databases (the password is managed in Secrets Manager).', 'dbadmin'));
  if (c.index.ofKind('dnsRecord').length) items.push(variable('dns_zone_id', 'string', 'Route 53 hosted zone that holds the DNS records.'));
  return renderHcl(items);
}

/** outputs.tf: load balancer DNS names and database endpoints. */
export function outputsTf(c: TfContext): string {
  const items: HclItem[] = [];
  const sorted = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (c.name(a.id) < c.name(b.id) ? -1 : 1));
  for (const lb of sorted(c.index.ofKind('loadBalancer'))) {
    items.push(block('output', [`${c.name(lb.id)}_dns_name`], [attr('description', `DNS name of load balancer ${lb.name}.`), attr('value', c.ref(lb.id, 'dns_name'))]));
  }
  for (const db of sorted(c.index.ofKind('database'))) {
    items.push(block('output', [`${c.name(db.id)}_endpoint`], [attr('description', `Endpoint of database ${db.name}.`), attr('value', c.ref(db.id, 'address'))]));
  }
  return items.length ? renderHcl(items) : '# The design has no load balancers or databases: no outputs.\n';
}
