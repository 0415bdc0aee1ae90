/**
 * The plan: a pure diff of the design against the actual resources (already
 * discovered and resolved to node ids) → create, update, replace, delete
 * steps, each with its reason; drift when a resource changed or vanished
 * outside HA Architect.
 */
import type { Design } from '../model';
import { desiredResources } from './desired';
import { designProblems } from './plan-problems';
import { canonical, hashProps, project, refsOf, sameValue, stableJson } from './props';
import { SPECS } from './specs';
import type { ActualResource, DesiredResource, Plan, PlanStep, PlanSummary, PropChange, Props } from './types';

/** Options of plan. */
export interface PlanOptions {
  /** Node ids known to have been provisioned by an earlier apply on this target (drift: deleted outside). */
  readonly known?: ReadonlySet<string>;
}

/** Compares desired against actual: the changed properties, with whether each forces replacement. */
export function diffProps(desired: DesiredResource, actual: ActualResource): PropChange[] {
  const replaceOn = SPECS[desired.kind]?.replaceOn ?? {};
  const changes: PropChange[] = [];
  for (const key of Object.keys(desired.props)) {
    const want = desired.props[key];
    if (want === undefined) continue;
    const have = project(actual.props[key], want);
    if (!sameValue(want, have)) changes.push({ property: key, from: have, to: want, forcesReplacement: key in replaceOn });
  }
  if ((actual.name ?? '') !== desired.name) changes.push({ property: 'Name', from: actual.name ?? null, to: desired.name, forcesReplacement: false });
  if (!sameValue(actual.tags ?? {}, desired.tags)) changes.push({ property: 'tags', from: actual.tags ?? {}, to: desired.tags, forcesReplacement: false });
  return changes;
}

/** The hash of actual properties restricted to the keys the design compares (what the hash tag was computed over). */
function actualHash(desired: DesiredResource, actual: ActualResource): string {
  return hashProps(project(actual.props, desired.props) as Props);
}

/** Renders a value for a reason line. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return '(none)';
  if (typeof v === 'string') return JSON.stringify(v);
  const text = stableJson(canonical(v as never)).replace(/\{"ref":("[^"]*")\}/g, '$1');
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}

function reasonOf(action: PlanStep['action'], changes: readonly PropChange[], replaceWhy: Readonly<Record<string, string>>): string {
  if (action === 'replace') {
    const forcing = changes.filter((c) => c.forcesReplacement);
    return forcing.map((c) => `${c.property} ${showValue(c.from)} → ${showValue(c.to)} forces replacement (${replaceWhy[c.property] ?? 'fixed at creation'})`).join('; ');
  }
  return changes.map((c) => `${c.property}: ${showValue(c.from)} → ${showValue(c.to)}`).join('; ');
}

/** The plan of a design against the actual resources carrying its tags. */
export function plan(design: Design, actual: readonly ActualResource[], options: PlanOptions = {}): Plan {
  const known = options.known ?? new Set<string>();
  const byNode = new Map<string, ActualResource>();
  // A resource being deleted does not count as existing: the design gets a new one.
  for (const a of actual) if (!byNode.has(a.nodeId) && !a.attrs?.deleting) byNode.set(a.nodeId, a);
  const steps: PlanStep[] = [];
  const inDesign = new Set<string>();
  for (const entry of desiredResources(design)) {
    const { node } = entry;
    inDesign.add(node.id);
    if ('unsupported' in entry) {
      steps.push({ nodeId: node.id, kind: node.kind, name: node.name, action: 'unsupported', reason: entry.unsupported, changes: [] });
      continue;
    }
    const d = entry.resource;
    const base = { nodeId: d.nodeId, kind: d.kind, name: d.name, region: d.region, desired: d };
    const found = byNode.get(d.nodeId);
    const view = found && SPECS[found.kind]?.actualView;
    const a = found && view ? { ...found, props: view(found.props) } : found;
    if (!a) {
      const drift = known.has(d.nodeId);
      steps.push({ ...base, action: 'create', reason: drift ? 'drift: deleted outside HA Architect → create' : 'new in the design', changes: [], ...(drift ? { drift: 'deleted' as const } : {}) });
      continue;
    }
    if (a.kind !== d.kind || a.region !== d.region) {
      const what = a.kind !== d.kind ? `kind ${a.kind} → ${d.kind}` : `region ${a.region} → ${d.region}`;
      steps.push({ ...base, actual: a, action: 'replace', reason: `${what} forces replacement`, changes: [] });
      continue;
    }
    const changes = diffProps(d, a);
    const drifted = a.appliedHash !== undefined && actualHash(d, a) !== a.appliedHash;
    const action = changes.some((c) => c.forcesReplacement) ? 'replace' : changes.length ? 'update' : 'noop';
    let reason = action === 'noop' ? 'no changes' : reasonOf(action, changes, SPECS[d.kind]?.replaceOn ?? {});
    if (drifted && action !== 'noop') reason = `drift: changed outside HA Architect → ${action}: ${reason}`;
    if (action === 'noop' && a.attrs?.pending) {
      // Found half-made (an interrupted apply): dependants must wait until it is usable.
      steps.push({ ...base, actual: a, action: 'update', reason: `not yet usable (state ${a.attrs.pending}) → wait`, changes });
      continue;
    }
    steps.push({ ...base, actual: a, action, reason, changes, ...(drifted && action !== 'noop' ? { drift: 'changed' as const } : {}) });
  }
  cascadeReplacements(steps);
  const matched = new Set(steps.map((s) => (s.actual ? byNode.get(s.nodeId) : undefined)));
  for (const a of actual) {
    if (matched.has(a)) continue;
    const reason = a.attrs?.deleting ? 'being deleted → wait until gone' : inDesign.has(a.nodeId) ? `duplicate of node ${a.nodeId} (${a.id})` : 'not in the design';
    steps.push({ nodeId: a.nodeId, kind: a.kind, name: a.name ?? a.nodeId, region: a.region, actual: a, action: 'delete', reason, changes: [] });
  }
  const problems = designProblems(design);
  return { designId: design.id, steps, summary: summarize(steps), ...(problems.length ? { problems } : {}) };
}

/**
 * A node that is replaced takes with it the nodes whose replace-forcing
 * properties reference it (instances in a replaced subnet); nodes that
 * reference it otherwise get an update to point at the new resource.
 */
function cascadeReplacements(steps: PlanStep[]): void {
  for (let changed = true; changed;) {
    changed = false;
    const replaced = new Map(steps.filter((s) => s.action === 'replace').map((s) => [s.nodeId, s]));
    steps.forEach((s, i) => {
      if (!s.desired || !s.actual || s.action === 'replace' || s.action === 'unsupported') return;
      const replaceOn = SPECS[s.kind]?.replaceOn ?? {};
      for (const [key, value] of Object.entries(s.desired.props)) {
        const hit = [...refsOf(value)].find((r) => replaced.has(r));
        if (!hit) continue;
        const forced = key in replaceOn;
        if (!forced && s.action === 'update') continue;
        const why = `${replaced.get(hit)!.kind} ${replaced.get(hit)!.name} is replaced`;
        steps[i] = { ...s, action: forced ? 'replace' : 'update', reason: forced ? `${key} → ${why}, forces replacement` : `${key} → ${why}`, changes: [...s.changes, { property: key, from: value, to: value, forcesReplacement: forced }] };
        changed = true;
        return;
      }
    });
  }
}

/** The plan of a destroy: every resource carrying the design's tag is deleted. */
export function destroyPlan(designId: string, actual: readonly ActualResource[]): Plan {
  const steps: PlanStep[] = actual.map((a) => ({ nodeId: a.nodeId, kind: a.kind, name: a.name ?? a.nodeId, region: a.region, actual: a, action: 'delete', reason: 'destroy', changes: [] }));
  return { designId, steps, summary: summarize(steps) };
}

/** The counts of a plan's steps. */
export function summarize(steps: readonly PlanStep[]): PlanSummary {
  const count = (a: PlanStep['action']) => steps.filter((s) => s.action === a).length;
  return { add: count('create'), change: count('update'), replace: count('replace'), destroy: count('delete'), unsupported: count('unsupported') };
}

/** True when applying the plan would change nothing. */
export function isEmptyPlan(p: Plan): boolean {
  const s = p.summary;
  return s.add + s.change + s.replace + s.destroy === 0;
}
