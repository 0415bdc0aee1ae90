// The validation slice: findings of the validator (src/validate), indexed per node for badges.
import type { StateCreator } from 'zustand';
import type { Finding, NodeFindings, State, ValidationSlice } from './types';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Counts findings per resource, keeping the most severe message as the badge tooltip. */
export function indexFindings(findings: readonly Finding[]): Map<string, NodeFindings> {
  const out = new Map<string, NodeFindings & { rank: number }>();
  for (const f of findings) {
    for (const id of f.resources) {
      const cur = out.get(id) ?? { errors: 0, warnings: 0, infos: 0, rank: 9 };
      const better = RANK[f.severity] < cur.rank;
      out.set(id, {
        errors: cur.errors + (f.severity === 'error' ? 1 : 0),
        warnings: cur.warnings + (f.severity === 'warning' ? 1 : 0),
        infos: cur.infos + (f.severity === 'info' ? 1 : 0),
        top: better ? f.message : cur.top,
        rank: better ? RANK[f.severity] : cur.rank,
      });
    }
  }
  return out;
}

function sameCounts(a: NodeFindings | undefined, b: NodeFindings | undefined): boolean {
  return a === b || (!!a && !!b && a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos && a.top === b.top);
}

export const createValidationSlice: StateCreator<State, [], [], ValidationSlice> = (set, get) => ({
  findings: [],
  findingsByNode: new Map(),
  summary: { errors: 0, warnings: 0, infos: 0 },
  estimates: undefined,
  validatedDesign: undefined,
  validating: false,
  setValidation(design, result) {
    const fresh = indexFindings(result.findings);
    // Keep the previous object for unchanged nodes so their badges do not re-render.
    const prev = get().findingsByNode;
    const byNode = new Map<string, NodeFindings>();
    for (const [id, v] of fresh) {
      const old = prev.get(id);
      byNode.set(id, sameCounts(old, v) ? old! : { errors: v.errors, warnings: v.warnings, infos: v.infos, top: v.top });
    }
    const summary = { errors: 0, warnings: 0, infos: 0 };
    for (const f of result.findings) summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    set({ findings: result.findings, findingsByNode: byNode, summary, estimates: result.estimates, validatedDesign: design, validating: false });
  },
  setValidating(on) {
    if (get().validating !== on) set({ validating: on });
  },
});
