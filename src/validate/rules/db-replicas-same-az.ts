/** db-replicas-same-az: every replica in the primary's AZ shares its fate. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('db-replicas-same-az', 'Read replicas all in the primary\'s AZ', 'warning',
  'A primary database has read replicas, but all of them are in the primary\'s AZ.',
  ['Trusted Advisor: all reader instances in the same AZ'],
  'Replicas in the primary\'s AZ fail together with it, so they protect neither reads nor data from an AZ outage. Place at least one replica in another AZ.');

/** The rule. */
export default defineRule<NodeOf<'database'>>({
  meta: m,
  subjects: (f) => f.ofKind('database'),
  check(f, db) {
    if (db.role !== 'primary') return [];
    const zone = f.zone(db.id);
    const replicas = f.out(db.id).filter((e) => e.kind === 'replication').map((e) => e.target);
    if (!replicas.length || zone === undefined || replicas.some((r) => f.zone(r) !== zone)) return [];
    return [finding(m, [db.id, ...replicas], `All read replicas of ${label(db)} are in its AZ ${zone}: an AZ outage takes the primary and every replica.`,
      `Move a replica of ${db.id} to a subnet in another AZ.`)];
  },
});
