/** ModifyDBInstance (Multi-AZ, backups, class, protection; immediate or pending) and RebootDBInstance (with ForceFailover). */
import { AwsError } from '../core/errors';
import { schedule } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { checkPassword, managedSecret, placeAzs } from './instances';
import { effectiveStatus, mustLiveDb, startFailover, TIMINGS } from './lifecycle';
import { renderDb } from './render';
import { badCombo, mustSubnetGroup, rdsState, type Db } from './state';

function mustBeAvailable(ctx: ActionContext, db: Db): void {
  const status = effectiveStatus(ctx.core, ctx.region, db);
  if (status !== 'available') throw new AwsError('InvalidDBInstanceState', `Database instance is not in available state (it is ${status}).`, 400);
}

function modify(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = rdsState(ctx);
  const db = mustLiveDb(ctx.core, ctx.region, state, p.req('DBInstanceIdentifier'));
  mustBeAvailable(ctx, db);
  const now = p.bool('ApplyImmediately') ?? false;
  let restart = false;
  const multiAz = p.bool('MultiAZ');
  if (multiAz !== undefined && multiAz !== db.multiAz) {
    if (multiAz) {
      const g = mustSubnetGroup(state, db.subnetGroup);
      db.secondaryAz = placeAzs(ctx.core, ctx.region, g, db.az, true).secondaryAz;
    }
    if (now) {
      db.applyMultiAz = multiAz;
      restart = true;
    } else (db.pending ??= {}).multiAz = multiAz;
  }
  const cls = p.str('DBInstanceClass');
  if (cls !== undefined && cls !== db.instanceClass) {
    if (!/^db\.[a-z0-9]+\.[a-z0-9]+$/.test(cls)) throw new AwsError('InvalidParameterValue', `Invalid DB Instance class: ${cls}`, 400);
    if (now) {
      db.instanceClass = cls;
      restart = true;
    } else (db.pending ??= {}).instanceClass = cls;
  }
  const retention = p.int('BackupRetentionPeriod', 0, 35);
  if (retention !== undefined) {
    if (retention === 0 && db.replicas.length) throw badCombo('Cannot set BackupRetentionPeriod to 0 on an instance that has read replicas.');
    db.backupRetention = retention;
  }
  const manage = p.bool('ManageMasterUserPassword');
  if (manage && p.has('MasterUserPassword')) throw badCombo('MasterUserPassword cannot be given when ManageMasterUserPassword is true.');
  if (p.has('MasterUserPassword')) {
    checkPassword(db.engine, p.str('MasterUserPassword'));
    delete db.managedSecretArn;
  }
  if (manage === true && !db.managedSecretArn) db.managedSecretArn = managedSecret(ctx.region, ctx.accountId);
  if (manage === false) delete db.managedSecretArn;
  db.deletionProtection = p.bool('DeletionProtection') ?? db.deletionProtection;
  if (restart) schedule(db, 'modifying', { state: 'available', at: ctx.core.clock.after(TIMINGS.modify) });
  return { DBInstance: renderDb(ctx.core, ctx.region, state, db) };
}

function reboot(ctx: ActionContext): unknown {
  const state = rdsState(ctx);
  const db = mustLiveDb(ctx.core, ctx.region, state, ctx.params.req('DBInstanceIdentifier'));
  mustBeAvailable(ctx, db);
  if (ctx.params.bool('ForceFailover')) {
    if (!db.multiAz || !db.secondaryAz) throw badCombo('Reboot with failover is not supported for a Single-AZ DB instance (ForceFailover needs MultiAZ).');
    startFailover(ctx.core, state, db, 'A user-requested failover (RebootDBInstance with ForceFailover).');
  } else {
    schedule(db, 'rebooting', { state: 'available', at: ctx.core.clock.after(TIMINGS.reboot) });
  }
  return { DBInstance: renderDb(ctx.core, ctx.region, state, db) };
}

/** Modify and reboot actions. */
export const modifyActions = { ModifyDBInstance: modify, RebootDBInstance: reboot };
