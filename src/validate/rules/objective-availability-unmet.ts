/** objective-availability-unmet: an entry point's estimated availability below the target. */
import { entryEstimate } from '../estimates';
import { finding, label, meta, type AnalysisRule } from '../rule';

const avail = meta('objective-availability-unmet', 'Availability objective not met', 'error',
  'The estimated availability of an entry point is below the design\'s availability target.',
  ['Well-Architected REL13-BP01'],
  'The estimate composes published SLAs of the components on the path (same-AZ parts counted once, alternatives in parallel). Remove single-AZ parts from the path (Multi-AZ database, tiers across AZs, load balancers in two AZs) or add a second region, or lower the target.');

/** The availability objective rule. */
const rule: AnalysisRule = {
  meta: avail,
  fromAnalyses(analyses, f) {
    const target = f.objectives().availabilityTarget;
    if (target === undefined) return [];
    return analyses.filter((a) => a.baseline.ok && a.availability * 100 < target).map((a) => {
      const e = entryEstimate(a);
      return finding(avail, [a.ep.id], `${label(a.ep)} is estimated at ${e.availabilityPercent}% (about ${e.downtimeMinutesPerMonth} min of downtime a month), below the ${target}% objective.`,
        'Remove single-AZ components from its path (see its components in the estimates) or add a second region; or lower the objective.');
    });
  },
};
export default rule;
