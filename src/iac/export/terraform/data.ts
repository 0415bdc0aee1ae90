/** Terraform for databases: DB subnet group + DB instance (primary with a managed password, or read replica). */
import type { NodeOf } from '../../../model';
import type { TfContext } from './context';
import { attr, block, expr, type HclBlock } from './hcl';

/** The subnet group of a database, its own subnet first so an importer finds its placement again. */
export function dbSubnets(n: NodeOf<'database'>): string[] {
  const list = n.parent && n.subnetIds.includes(n.parent) ? [n.parent, ...n.subnetIds.filter((s) => s !== n.parent)] : [...n.subnetIds];
  return n.parent && !list.includes(n.parent) ? [n.parent, ...list] : list;
}

/** aws_db_subnet_group + aws_db_instance. */
export function tfDatabase(c: TfContext, n: NodeOf<'database'>): HclBlock[] {
  const name = c.name(n.id);
  const source = c.index.incoming(n.id).find((e) => e.kind === 'replication' && c.index.byId.get(e.source)?.kind === 'database');
  const replica = n.role === 'replica' && source !== undefined;
  const crossRegion = source !== undefined && c.regionOf(source.source).code !== c.regionOf(n.id).code;
  const subnets = dbSubnets(n).filter((s) => c.index.byId.has(s));
  const out: HclBlock[] = [];
  if (subnets.length) {
    out.push(block('resource', ['aws_db_subnet_group', name], [
      c.regionAttr(n.id), attr('name', c.prefixed(n.id)), attr('subnet_ids', subnets.map((s) => c.ref(s))), attr('tags', c.tags(n)),
    ]));
  }
  out.push(block('resource', ['aws_db_instance', name], [
    c.regionAttr(n.id),
    attr('identifier', c.prefixed(n.id)),
    replica ? attr('replicate_source_db', c.ref(source.source, crossRegion ? 'arn' : 'identifier')) : attr('engine', n.engine),
    replica ? undefined : attr('engine_version', n.engineVersion),
    attr('instance_class', n.instanceClass),
    replica ? undefined : attr('allocated_storage', n.allocatedStorageGb),
    attr('multi_az', n.multiAz),
    // AWS picks the zones of a Multi-AZ pair itself; a single-AZ instance is pinned to its subnet's zone.
    n.multiAz ? undefined : attr('availability_zone', c.azExpr(n.id)),
    subnets.length ? attr('db_subnet_group_name', expr(`aws_db_subnet_group.${name}.name`)) : undefined,
    attr('vpc_security_group_ids', n.securityGroupIds.filter((s) => c.index.byId.has(s)).map((s) => c.ref(s))),
    attr('backup_retention_period', n.backupRetentionDays),
    replica ? undefined : attr('username', expr('var.db_username')),
    replica ? undefined : attr('manage_master_user_password', true),
    replica ? undefined : attr('final_snapshot_identifier', expr(`"\${var.name_prefix}-${name.replace(/_/g, '-')}-final"`)),
    attr('tags', c.tags(n)),
  ]));
  return out;
}
