/** alarm-no-notification: an alarm that notifies nobody. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('alarm-no-notification', 'Alarm without notification', 'warning',
  'A CloudWatch alarm has no notification topic.',
  ['Well-Architected REL11-BP06', 'Well-Architected REL06-BP03'],
  'An alarm that notifies nobody changes colour on a dashboard no one is watching at 3 a.m. Send it to an SNS topic with subscriptions (email, SMS, paging).');

/** The rule. */
export default defineRule<NodeOf<'alarm'>>({
  meta: m,
  subjects: (f) => f.ofKind('alarm'),
  check(_f, a) {
    if (a.topicIds.length) return [];
    return [finding(m, [a.id, ...(a.resourceId ? [a.resourceId] : [])], `Alarm ${label(a)} notifies no topic: when it fires, nobody hears it.`,
      `Connect ${a.id} to a notification topic with at least one subscription.`)];
  },
});
