/** db-no-backups: automated backups off, so data loss is unbounded. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('db-no-backups', 'Database without automated backups', 'error',
  'A primary database has a backup retention of 0 days (automated backups and point-in-time restore off).',
  ['Security Hub RDS.11'],
  'Without automated backups there is no point-in-time restore: a bad migration, a deleted table or the loss of every copy means the data is gone (RPO unbounded). Keep at least 7 days of backups.');

/** The rule. */
export default defineRule<NodeOf<'database'>>({
  meta: m,
  subjects: (f) => f.ofKind('database'),
  check(_f, db) {
    if (db.role !== 'primary' || db.backupRetentionDays > 0) return [];
    return [finding(m, [db.id], `Database ${label(db)} keeps no automated backups: data lost by an error or the loss of every copy cannot be restored.`,
      `Set backupRetentionDays of ${db.id} to at least 7.`)];
  },
});
