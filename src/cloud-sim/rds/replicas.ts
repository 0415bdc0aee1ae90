/** Read replicas: CreateDBInstanceReadReplica (same region by id, cross-region by source ARN) and PromoteReadReplica. */
import { randomBytes } from 'node:crypto';
import { AwsError } from '../core/errors';
import { schedule } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { detachReplica, endpointOf, newIdentifier, placeAzs } from './instances';
import { effectiveStatus, mustLiveDb, TIMINGS } from './lifecycle';
import { dbEvent } from './events';
import { renderDb } from './render';
import { badParam, mustSubnetGroup, rdsList, rdsState, rdsStateOf, readRdsTags, type Db } from './state';

function createReplica(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = rdsState(ctx);
  const id = newIdentifier(p, state);
  const source = p.req('SourceDBInstanceIdentifier');
  const arn = source.startsWith('arn:') ? source.split(':') : undefined;
  if (arn && (arn.length !== 7 || arn[2] !== 'rds' || arn[5] !== 'db')) throw badParam(`SourceDBInstanceIdentifier '${source}' is not a DB instance ARN (arn:aws:rds:<region>:<account>:db:<id>)`);
  const srcRegion = arn ? arn[3]! : ctx.region;
  const crossRegion = srcRegion !== ctx.region;
  const srcState = rdsStateOf(ctx.core, srcRegion);
  const src = mustLiveDb(ctx.core, srcRegion, srcState, arn ? arn[6]! : source);
  const status = effectiveStatus(ctx.core, srcRegion, src);
  if (status !== 'available') throw new AwsError('InvalidDBInstanceState', `Source instance ${src.id} is not available (it is ${status}).`, 400);
  if (src.backupRetention === 0) throw new AwsError('InvalidDBInstanceState', 'Automated backups are not enabled for this database instance. To enable automated backups, use ModifyDBInstance to set the backup retention period to a non-zero value.', 400);
  const groupName = p.str('DBSubnetGroupName') ?? (crossRegion ? undefined : src.subnetGroup);
  if (!groupName) throw badParam('DBSubnetGroupName is required for a cross-region read replica');
  const g = mustSubnetGroup(state, groupName);
  const multiAz = p.bool('MultiAZ') ?? false;
  const place = placeAzs(ctx.core, ctx.region, g, p.str('AvailabilityZone'), multiAz, crossRegion ? undefined : src.az);
  const db: Db = {
    ...structuredClone(src), id, arn: `arn:aws:rds:${ctx.region}:${ctx.accountId}:db:${id}`, resourceId: `db-${randomBytes(16).toString('hex').toUpperCase().slice(0, 26)}`,
    instanceClass: p.str('DBInstanceClass') ?? src.instanceClass, multiAz, subnetGroup: g.name, vpcId: g.vpcId, ...place,
    backupRetention: 0, createdAt: ctx.core.clock.now(), address: endpointOf(id, ctx.accountId, ctx.region),
    publiclyAccessible: p.bool('PubliclyAccessible') ?? false, tags: readRdsTags(p), replicas: [], handledFaults: [],
    replicaSource: crossRegion ? src.arn : src.id, pending: undefined, failover: undefined, deletionProtection: p.bool('DeletionProtection') ?? false,
  };
  if (!multiAz) delete db.secondaryAz;
  delete db.managedSecretArn;
  const sgs = rdsList(p, 'VpcSecurityGroupIds', 'VpcSecurityGroupId');
  db.vpcSecurityGroupIds = sgs.length ? sgs : crossRegion ? [] : src.vpcSecurityGroupIds;
  schedule(db, 'creating', { state: 'available', at: ctx.core.clock.after(TIMINGS.create) });
  state.instances[id] = db;
  src.replicas.push(crossRegion ? db.arn : db.id);
  return { DBInstance: renderDb(ctx.core, ctx.region, state, db) };
}

function promote(ctx: ActionContext): unknown {
  const state = rdsState(ctx);
  const db = mustLiveDb(ctx.core, ctx.region, state, ctx.params.req('DBInstanceIdentifier'));
  if (!db.replicaSource) throw new AwsError('InvalidDBInstanceState', `DB Instance ${db.id} is not a read replica.`, 400);
  const status = effectiveStatus(ctx.core, ctx.region, db);
  if (status !== 'available') throw new AwsError('InvalidDBInstanceState', `DB Instance ${db.id} is not available (it is ${status}).`, 400);
  detachReplica(ctx.core, ctx.region, db);
  db.backupRetention = ctx.params.int('BackupRetentionPeriod', 0, 35) ?? 1;
  schedule(db, 'modifying', { state: 'available', at: ctx.core.clock.after(TIMINGS.promote) });
  dbEvent(state, db, ctx.core.clock.now(), 'Promoted Read Replica to a stand-alone database instance', ['read replica']);
  return { DBInstance: renderDb(ctx.core, ctx.region, state, db) };
}

/** Replica actions. */
export const replicaActions = { CreateDBInstanceReadReplica: createReplica, PromoteReadReplica: promote };
