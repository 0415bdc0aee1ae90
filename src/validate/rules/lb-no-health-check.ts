/** lb-no-health-check: a target group without a health check keeps sending to failed targets. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('lb-no-health-check', 'Target group without health check', 'error',
  'A target group has no health check configured (healthCheck is null).',
  ['Checkov CKV_AWS_261', 'Well-Architected REL11-BP01'],
  'Without a health check the load balancer cannot tell a dead or hung target from a healthy one and keeps sending it a share of requests. Configure an HTTP(S) health check on an endpoint that checks the app\'s real dependencies.');

/** The rule. */
export default defineRule<NodeOf<'targetGroup'>>({
  meta: m,
  subjects: (f) => f.ofKind('targetGroup'),
  check(_f, tg) {
    if (tg.healthCheck !== null) return [];
    return [finding(m, [tg.id], `Target group ${label(tg)} has no health check: failed targets keep receiving traffic.`,
      `Give ${tg.id} a health check, e.g. HTTP GET /health every 10 s, unhealthy after 2 failures.`)];
  },
});
