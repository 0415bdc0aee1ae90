/** Shared logic of the RTO and RPO objective rules: per disruption class, each entry point's estimate against the objective. */
import { formatSeconds } from './estimates';
import { finding, label, type AnalysisRule } from './rule';
import type { Disruption, Finding, RuleMeta } from './types';

const CLASSES: readonly Disruption[] = ['instance', 'az', 'region'];
const WHAT: Readonly<Record<Disruption, string>> = { instance: 'an instance', az: 'an AZ', region: 'a region' };

/** Builds a rule comparing estimated RTO or RPO with the objectives. */
export function recoveryRule(m: RuleMeta, field: 'rtoSeconds' | 'rpoSeconds', key: 'rto' | 'rpo', noun: string): AnalysisRule {
  return {
    meta: m,
    fromAnalyses(analyses, f) {
      const out: Finding[] = [];
      const objective = f.objectives()[field];
      for (const c of CLASSES) {
        const want = objective[c];
        if (want === undefined) continue;
        for (const a of analyses) {
          if (!a.baseline.ok) continue;
          const got = a[key][c];
          if (got !== null && got <= want) continue;
          out.push(finding(m, [a.ep.id], got === null
            ? `After losing ${WHAT[c]}, ${label(a.ep)} ${key === 'rto' ? 'does not recover without manual work' : 'can lose an unbounded amount of data'}, against the ${noun} objective of ${formatSeconds(want)}.`
            : `After losing ${WHAT[c]}, ${label(a.ep)} is estimated to ${key === 'rto' ? 'recover in' : 'lose'} ${formatSeconds(got)}${key === 'rpo' ? ' of data' : ''}, over the ${noun} objective of ${formatSeconds(want)}.`,
            key === 'rto' ? `Add an automatic mechanism for ${WHAT[c]} loss on this path (redundant capacity, Multi-AZ, health-checked DNS failover), or relax the objective.`
              : `Protect the data against ${WHAT[c]} loss (Multi-AZ for AZ, a cross-region replica for region, backups at least), or relax the objective.`));
        }
      }
      return out;
    },
  };
}

