/** path-broken: a load balancer or DNS record that cannot reach what it needs even with nothing failed. */
import { newCtx, evalTarget } from '../graph/evaluate';
import { NOTHING_DOWN } from '../graph/down';
import type { Outcome } from '../graph/outcome';
import { finding, label, meta, type AnalysisRule } from '../rule';
import type { Finding } from '../types';

const m = meta('path-broken', 'Entry point without a working path', 'error',
  'A load balancer or DNS record has no working path to its targets and the data stores they depend on, even with nothing failed (no targets, no capacity, no network link between VPCs).',
  ['Well-Architected REL10-BP01'],
  'The design as drawn cannot serve: a target group without targets, a tier of zero capacity, or a dependency across VPCs with no peering, transit gateway or VPN between them. Complete the path.');

/** The rule: reuses the baselines of the entry point analyses, and evaluates only the load balancers no entry point reaches. */
const rule: AnalysisRule = {
  meta: m,
  fromAnalyses(analyses, f) {
    const outcomes = new Map<string, Outcome>();
    for (const a of analyses) {
      outcomes.set(a.ep.id, a.baseline);
      for (const [id, o] of a.loadBalancers) outcomes.set(id, o);
    }
    const out: Finding[] = [];
    const subjects = [...f.ofKind('loadBalancer'), ...f.ofKind('dnsRecord')];
    for (const n of subjects) {
      if (!f.out(n.id).some((e) => e.kind === 'traffic')) continue;
      const o = outcomes.get(n.id) ?? evalTarget(newCtx(f, NOTHING_DOWN, false), n);
      if (o.ok) continue;
      out.push(finding(m, [...new Set([n.id, ...o.path])], `${label(n)} cannot serve even with nothing failed: ${o.path.join(' → ')} — ${o.reason ?? 'broken'}.`,
        'Complete the path: register targets, give the tier capacity, and link VPCs that depend on each other (peering, transit gateway or VPN).'));
    }
    return out;
  },
};
export default rule;
