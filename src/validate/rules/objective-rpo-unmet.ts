/** objective-rpo-unmet: estimated data loss per disruption over the objective. */
import { recoveryRule } from '../objective-rule';
import { meta } from '../rule';

const rpo = meta('objective-rpo-unmet', 'Recovery point objective not met', 'error',
  'The estimated data loss after losing an instance, an AZ or a region exceeds the objective.',
  ['Well-Architected REL13-BP01', 'Well-Architected REL09-BP01'],
  'Data loss comes from how data survives: Multi-AZ (synchronous, none), replica promotion (replica lag), restore from backup (about five minutes), no backups (unbounded). Add a synchronous standby or a replica where the objective needs it.');

/** The rule. */
export default recoveryRule(rpo, 'rpoSeconds', 'rpo', 'RPO');
