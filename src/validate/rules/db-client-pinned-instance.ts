/** db-client-pinned-instance: clients connected to a DB instance address miss the failover. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('db-client-pinned-instance', 'Client pinned to a database instance address', 'warning',
  'An app depends on a database through its instance address instead of the writer or reader endpoint.',
  ['SEED: HA read/write IPs stay fixed while node IPs change on failover', 'Well-Architected REL10-BP01'],
  'After a failover the new primary has a different instance address; clients pinned to the old one keep failing although the database recovered. Connect through the writer endpoint (and the reader endpoint for reads), which follow failovers.');

/** The rule. */
export default defineRule<NodeOf<'database'>>({
  meta: m,
  subjects: (f) => f.ofKind('database'),
  check(f, db) {
    const pinned = f.inc(db.id).filter((e) => e.kind === 'dependency' && e.endpoint === 'instance');
    return pinned.map((e) => finding(m, [e.source, db.id], `${label(f.node(e.source))} connects to the instance address of ${label(db)}: after a failover it keeps calling the old instance.`,
      `Switch the dependency ${e.id} to the ${db.role === 'replica' ? 'reader' : 'writer'} endpoint.`));
  },
});
