/** dns-failover-no-health-check: failover or multi-target routing that never triggers. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('dns-failover-no-health-check', 'DNS failover without health check', 'error',
  'A failover record\'s primary, or a target of a latency record with several targets, has no health check.',
  ['Trusted Advisor: Route 53 failover record sets'],
  'Route 53 only stops answering with a target when its health check fails. Without one, a failover record never fails over and a latency record keeps sending users to a dead region. Attach a health check to every target (on the record or on each target).');

/** The rule. */
export default defineRule<NodeOf<'dnsRecord'>>({
  meta: m,
  subjects: (f) => f.ofKind('dnsRecord'),
  check(f, rec) {
    if (rec.routing === 'simple') return [];
    const edges = f.out(rec.id).filter((e) => e.kind === 'traffic');
    if (rec.routing === 'latency' && edges.length < 2) return [];
    const need = rec.routing === 'failover' ? edges.filter((e) => e.kind === 'traffic' && (e.dns?.failoverRole ?? 'primary') === 'primary') : edges;
    const bare = need.filter((e) => e.kind === 'traffic' && !(e.dns?.healthCheck ?? rec.healthCheck));
    if (!bare.length) return [];
    const targets = bare.map((e) => e.target);
    return [finding(m, [rec.id, ...targets], rec.routing === 'failover'
      ? `Failover record ${label(rec)} has no health check on its primary ${targets.join(', ')}: it never fails over.`
      : `Latency record ${label(rec)} has no health check on ${targets.join(', ')}: users keep being sent there when it is down.`,
    `Add a health check (e.g. HTTPS /health every 10 s, threshold 3) to ${rec.id} or to its edges to ${targets.join(', ')}.`)];
  },
});
