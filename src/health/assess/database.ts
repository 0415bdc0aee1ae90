/** An RDS DB instance: status, where the primary runs, whether it failed over. */
import { zoneOf } from '../../model';
import { sourceKey } from '../observation';
import { failed, type Assessor } from './context';

const FINE = new Set(['available', 'backing-up', 'modifying', 'configuring-enhanced-monitoring', 'configuring-log-exports', 'maintenance', 'upgrading', 'storage-optimization', 'configuring-iam-database-auth', 'renaming', 'resetting-master-credentials']);
const TRANSIENT = new Set(['creating', 'rebooting', 'starting', 'failing-over', 'converting-to-vpc', 'moving-to-vpc', 'storage-config-upgrade']);

/** The prefix of the reason of a failed-over primary (kept while the primary stays in the new AZ, with the time of the failover). */
export const FAILED_OVER = 'primary failed over to ';

/** Health of a database node. */
export const assessDatabase: Assessor = (node, ctx) => {
  const blind = failed(ctx, sourceKey.databases(ctx.ref.region));
  if (blind) return blind;
  const db = ctx.obs.databases.get(ctx.ref.id);
  if (!db) return { state: 'down', reason: `DB instance ${ctx.ref.id} no longer exists` };
  const role = db.replicaOf ? 'replica' : 'primary';
  const standby = db.multiAz && db.secondaryAz ? `, standby in ${db.secondaryAz}` : '';
  if (db.status === 'failing-over') return { state: 'degraded', reason: `failing over (${role} was in ${db.az ?? 'an unknown AZ'})` };
  if (TRANSIENT.has(db.status)) return { state: 'degraded', reason: `${db.status}${db.az ? ` in ${db.az}` : ''}` };
  if (!FINE.has(db.status)) return { state: 'down', reason: `${role} unavailable (status ${db.status})` };
  const busy = db.status === 'available' ? '' : ` (${db.status})`;
  // A failover shows as the primary's AZ changing between two cycles; the reason keeps saying so while it stays there.
  const before = ctx.prevObs?.databases.get(ctx.ref.id)?.az;
  const designed = zoneOf(ctx.index, node.id);
  if (role === 'primary' && db.az && before && before !== db.az) {
    return { state: 'ok', reason: `${FAILED_OVER}${db.az} (from ${before})${standby}${busy}`, since: ctx.obs.at };
  }
  if (role === 'primary' && db.az && ctx.prev?.reason.startsWith(`${FAILED_OVER}${db.az}`)) {
    return { state: 'ok', reason: ctx.prev.reason, since: ctx.prev.since };
  }
  if (role === 'primary' && db.az && designed && db.az !== designed && db.multiAz) {
    return { state: 'ok', reason: `primary in ${db.az} (designed for ${designed})${standby}${busy}` };
  }
  return { state: 'ok', reason: `${role} available${db.az ? ` in ${db.az}` : ''}${standby}${busy}` };
};
