/** db-single-az: a database with no Multi-AZ standby and no replica in another AZ. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('db-single-az', 'Database in a single AZ', 'error',
  'A primary database has no Multi-AZ standby and no read replica in another AZ.',
  ['Security Hub RDS.5', 'Trusted Advisor: Amazon RDS Multi-AZ', 'Checkov CKV_AWS_157'],
  'A single-AZ database dies with its host or its AZ, and the service with it; recovery means a restore from backup (data since the last backup point lost). Enable Multi-AZ (a synchronous standby in another AZ with automatic failover behind the same endpoint).');

/** The rule. */
export default defineRule<NodeOf<'database'>>({
  meta: m,
  subjects: (f) => f.ofKind('database'),
  check(f, db) {
    if (db.role !== 'primary' || db.multiAz) return [];
    const zone = f.zone(db.id);
    const replicas = f.out(db.id).filter((e) => e.kind === 'replication').map((e) => e.target);
    if (replicas.some((r) => f.zone(r) !== zone || f.region(r) !== f.region(db.id))) return [];
    return [finding(m, [db.id, ...replicas], `Database ${label(db)} has no Multi-AZ standby${replicas.length ? ' and its replicas share its AZ' : ' and no replica'}: losing its host or ${zone ?? 'its AZ'} stops every writer.`,
      `Enable multiAz on ${db.id} (standby in another subnet of its DB subnet group), or at least add a read replica in another AZ.`)];
  },
});
