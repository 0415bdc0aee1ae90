/** objective-rto-unmet: estimated recovery time per disruption over the objective. */
import { recoveryRule } from '../objective-rule';
import { meta } from '../rule';

const rto = meta('objective-rto-unmet', 'Recovery time objective not met', 'error',
  'The estimated recovery time of an entry point after losing an instance, an AZ or a region exceeds the objective.',
  ['Well-Architected REL13-BP01', 'Well-Architected REL11-BP03'],
  'Recovery times come from the mechanisms present: health-check detection, auto scaling replacement, Multi-AZ failover, replica promotion, DNS failover, restore from backup. Unbounded means nothing recovers without manual work. Add a faster mechanism (redundant capacity, Multi-AZ, health-checked DNS failover) or relax the objective.');

/** The rule. */
export default recoveryRule(rto, 'rtoSeconds', 'rto', 'RTO');
