/** region-single: objectives ask to survive a region loss but everything sits in one region. */
import { DESIGN_SUBJECT, defineRule, finding, meta, type Subject } from '../rule';

const m = meta('region-single', 'Region-loss objective with a single region', 'error',
  'The objectives set a recovery time or point for a region loss, but every resource sits in one region.',
  ['Well-Architected REL10-BP01', 'SEED: multi-site, multi-point deployment'],
  'A design confined to one region cannot meet a region-level objective: a regional outage takes everything. Add a second region (a copy of the stack, a cross-region replica, DNS failover or latency routing with health checks), or remove the region objective.');

/** The rule. */
export default defineRule<Subject>({
  meta: m,
  subjects: () => [DESIGN_SUBJECT],
  check(f) {
    const o = f.objectives();
    if (o.rtoSeconds.region === undefined && o.rpoSeconds.region === undefined) return [];
    const regions = f.ofKind('region');
    const codes = new Set(regions.map((r) => r.region));
    if (codes.size >= 2 || regions.length === 0) return [];
    return [finding(m, regions.map((r) => r.id), `The objectives ask to survive a region loss (RTO/RPO for region) but everything is in ${[...codes][0]}: a regional outage stops the whole service.`,
      'Deploy the stack in a second region with a cross-region database replica and DNS failover (or latency routing) with health checks.')];
  },
});
