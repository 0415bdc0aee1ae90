/** DB instances: CreateDBInstance, DescribeDBInstances (filters, Marker), DeleteDBInstance. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AwsError } from '../core/errors';
import type { Params } from '../core/params';
import { paginate } from '../core/paging';
import type { ActionContext, SandboxCore } from '../core/service';
import { xmlList } from '../core/xml';
import { advance, mustLiveDb, TIMINGS } from './lifecycle';
import { ENGINES, renderDb } from './render';
import { badCombo, badParam, mustDb, mustSubnetGroup, rdsList, rdsState, rdsStateOf, rdsStructs, readRdsTags, type Db, type SubnetGroup } from './state';

const ID_RE = /^[a-zA-Z](?!.*--)[a-zA-Z0-9-]{0,62}(?<!-)$/;

/** Checks a new identifier is well formed and free. */
export function newIdentifier(p: Params, state: { instances: Record<string, Db> }): string {
  const id = p.req('DBInstanceIdentifier').toLowerCase();
  if (!ID_RE.test(id)) throw badParam(`DBInstanceIdentifier '${id}': 1-63 letters, digits or hyphens, starting with a letter, no trailing or double hyphen`);
  if (state.instances[id]) throw new AwsError('DBInstanceAlreadyExists', 'DB instance already exists', 400);
  return id;
}

/** Primary (and standby) AZs from a subnet group, skipping failed AZs. */
export function placeAzs(core: SandboxCore, region: string, g: SubnetGroup, requested: string | undefined, multiAz: boolean, avoid?: string): { az: string; secondaryAz?: string } {
  const azs = [...new Set(g.subnets.map((s) => s.az))];
  if (requested && !azs.includes(requested)) throw badParam(`AvailabilityZone ${requested} is not in DB subnet group '${g.name}' (${azs.join(', ')})`);
  const up = azs.filter((az) => !core.world.isAzDown(region, az));
  const order = requested ? [requested, ...up.filter((a) => a !== requested)] : [...up.filter((a) => a !== avoid), ...up.filter((a) => a === avoid)];
  const az = order[0];
  if (!az || core.world.isAzDown(region, az)) throw new AwsError('InsufficientDBInstanceCapacity', `No capacity in the Availability Zones of DB subnet group '${g.name}'`, 400);
  if (!multiAz) return { az };
  const secondaryAz = order.find((a) => a !== az);
  if (!secondaryAz) throw new AwsError('DBSubnetGroupDoesNotCoverEnoughAZs', `DB subnet group '${g.name}' must cover at least 2 available Availability Zones for Multi-AZ`, 400);
  return { az, secondaryAz };
}

/** The stable endpoint host of an instance. */
export function endpointOf(id: string, accountId: string, region: string): string {
  return `${id}.c${createHash('sha256').update(`${accountId}/${region}`).digest('hex').slice(0, 11)}.${region}.rds.amazonaws.com`;
}

/** The ARN of the (simulated) secret RDS manages for ManageMasterUserPassword. */
export function managedSecret(region: string, accountId: string): string {
  return `arn:aws:secretsmanager:${region}:${accountId}:secret:rds!db-${randomUUID()}-${randomBytes(3).toString('hex')}`;
}

/** Validates a master password without keeping it anywhere. */
export function checkPassword(engine: string, password: string | undefined): void {
  if (password === undefined) throw badParam('The parameter MasterUserPassword must be provided and must not be blank.');
  const max = engine === 'postgres' ? 128 : 41;
  if (password.length < 8 || password.length > max) throw badParam(`The parameter MasterUserPassword is not a valid password because it is not ${8}-${max} characters long.`);
  if (/[/"@\s]/.test(password)) throw badParam('The parameter MasterUserPassword is not a valid password. Only printable ASCII characters besides \'/\', \'@\', \'"\', \' \' may be used.');
}

function create(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = rdsState(ctx);
  const id = newIdentifier(p, state);
  const engine = p.req('Engine');
  const facts = ENGINES[engine];
  if (!facts) throw badParam(`Invalid DB engine: ${engine}. The Sandbox supports ${Object.keys(ENGINES).join(', ')}`);
  const instanceClass = p.req('DBInstanceClass');
  if (!/^db\.[a-z0-9]+\.[a-z0-9]+$/.test(instanceClass)) throw badParam(`Invalid DB Instance class: ${instanceClass}`);
  const masterUsername = p.req('MasterUsername');
  const managed = p.bool('ManageMasterUserPassword') ?? false;
  if (managed && p.has('MasterUserPassword')) throw badCombo('MasterUserPassword cannot be given when ManageMasterUserPassword is true.');
  if (!managed) checkPassword(engine, p.str('MasterUserPassword'));
  const multiAz = p.bool('MultiAZ') ?? false;
  const requestedAz = p.str('AvailabilityZone');
  if (multiAz && requestedAz) throw badCombo('Requesting a specific availability zone is not valid for Multi-AZ instances.');
  const g = mustSubnetGroup(state, p.str('DBSubnetGroupName') ?? 'default');
  const place = placeAzs(ctx.core, ctx.region, g, requestedAz, multiAz);
  const backupRetention = p.int('BackupRetentionPeriod', 0, 35) ?? 1;
  const now = ctx.core.clock.now();
  const done = ctx.core.clock.after(TIMINGS.create);
  const db: Db = {
    id, arn: `arn:aws:rds:${ctx.region}:${ctx.accountId}:db:${id}`, resourceId: `db-${randomBytes(13).toString('base64url').toUpperCase().replace(/[^A-Z0-9]/g, 'X').slice(0, 26)}`,
    engine, engineVersion: p.str('EngineVersion') ?? facts.version, instanceClass, allocatedStorage: p.int('AllocatedStorage', 20, 65536) ?? 20,
    storageType: p.str('StorageType') ?? 'gp2', masterUsername, dbName: p.str('DBName'), port: p.int('Port', 1150, 65535) ?? facts.port,
    multiAz, subnetGroup: g.name, vpcId: g.vpcId, ...place, backupRetention, createdAt: now, address: endpointOf(id, ctx.accountId, ctx.region),
    publiclyAccessible: p.bool('PubliclyAccessible') ?? false, vpcSecurityGroupIds: rdsList(p, 'VpcSecurityGroupIds', 'VpcSecurityGroupId'),
    deletionProtection: p.bool('DeletionProtection') ?? false, tags: readRdsTags(p), replicas: [], handledFaults: [],
    managedSecretArn: managed ? managedSecret(ctx.region, ctx.accountId) : undefined,
    state: 'creating',
    next: backupRetention > 0
      ? [{ state: 'backing-up', at: done }, { state: 'available', at: done + Math.round(TIMINGS.backup * ctx.core.clock.scale) }]
      : [{ state: 'available', at: done }],
  };
  state.instances[id] = db;
  return { DBInstance: renderDb(ctx.core, ctx.region, state, db) };
}

function readFilters(p: Params): { name: string; values: string[] }[] {
  return rdsStructs(p, 'Filters', 'Filter').map((f) => ({ name: f.req('Name'), values: rdsList(f, 'Values', 'Value') }));
}

function matches(db: Db, f: { name: string; values: string[] }): boolean {
  switch (f.name) {
    case 'db-instance-id': return f.values.some((v) => v.toLowerCase() === db.id || v === db.arn);
    case 'engine': return f.values.includes(db.engine);
    case 'dbi-resource-id': return f.values.includes(db.resourceId);
    case 'db-cluster-id': case 'domain': return false;
    default: throw badParam(`Unrecognized filter name: ${f.name}. Valid: db-instance-id, engine, dbi-resource-id, db-cluster-id, domain`);
  }
}

function describe(ctx: ActionContext): unknown {
  const state = rdsState(ctx);
  const id = ctx.params.str('DBInstanceIdentifier');
  for (const db of Object.values(state.instances)) advance(ctx.core, ctx.region, state, db);
  let items = id ? [mustDb(state, id)] : Object.values(state.instances);
  const filters = readFilters(ctx.params);
  items = items.filter((db) => filters.every((f) => matches(db, f)));
  const page = paginate(items, ctx.params.int('MaxRecords', 20, 100) ?? 100, ctx.params.str('Marker'));
  return { DBInstances: xmlList('DBInstance', page.items.map((db) => renderDb(ctx.core, ctx.region, state, db))), Marker: page.nextToken };
}

/** Detaches a replica from its source (promotion or deletion). */
export function detachReplica(core: SandboxCore, region: string, db: Db): void {
  if (!db.replicaSource) return;
  const arn = db.replicaSource.startsWith('arn:') ? db.replicaSource.split(':') : undefined;
  const src = rdsStateOf(core, arn ? arn[3]! : region).instances[arn ? arn[6]! : db.replicaSource];
  if (src) src.replicas = src.replicas.filter((r) => r !== db.id && r !== db.arn);
  delete db.replicaSource;
}

function remove(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = rdsState(ctx);
  const db = mustLiveDb(ctx.core, ctx.region, state, p.req('DBInstanceIdentifier'));
  if (db.deletionProtection) throw badCombo('Cannot delete protected DB Instance, please disable deletion protection and try again.');
  if (!p.bool('SkipFinalSnapshot') && !p.str('FinalDBSnapshotIdentifier')) throw badCombo('FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.');
  if (db.state === 'deleting') throw new AwsError('InvalidDBInstanceState', `Instance ${db.id} is already being deleted.`, 400);
  if (db.state === 'creating') throw new AwsError('InvalidDBInstanceState', `Instance ${db.id} is currently creating - a final snapshot cannot be taken.`, 400);
  detachReplica(ctx.core, ctx.region, db);
  for (const r of db.replicas) {
    const arn = r.startsWith('arn:') ? r.split(':') : undefined;
    const rep = rdsStateOf(ctx.core, arn ? arn[3]! : ctx.region).instances[arn ? arn[6]! : r];
    if (rep) delete rep.replicaSource;
  }
  db.replicas = [];
  delete db.failover;
  db.state = 'deleting';
  db.next = [{ state: 'deleted', at: ctx.core.clock.after(TIMINGS.delete) }];
  return { DBInstance: renderDb(ctx.core, ctx.region, state, db) };
}

/** Instance actions. */
export const instanceActions = { CreateDBInstance: create, DescribeDBInstances: describe, DeleteDBInstance: remove };
