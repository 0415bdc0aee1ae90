/** The plan as text for the terminal, in the spirit of `terraform plan`, and as per-node badges for the canvas. */
import { showValue } from './plan';
import type { Plan, PlanStep, StepAction } from './types';

const SYMBOL: Record<StepAction, string> = { create: '+', update: '~', replace: '-/+', delete: '-', noop: ' ', unsupported: '!' };

/** The summary line. */
export function summaryLine(p: Plan): string {
  const s = p.summary;
  const base = `Plan: ${s.add} to add, ${s.change} to change, ${s.replace} to replace, ${s.destroy} to destroy.`;
  return s.unsupported ? `${base} ${s.unsupported} not provisioned (see "!" lines).` : base;
}

function stepLines(step: PlanStep): string[] {
  const where = step.region ? ` [${step.region}]` : '';
  const head = `${SYMBOL[step.action].padStart(3)} ${step.kind} "${step.name}" (${step.nodeId})${where}`;
  const lines = [head, `      # ${step.reason}`];
  if (step.action === 'update' || step.action === 'replace') {
    for (const c of step.changes) lines.push(`      ${c.forcesReplacement ? '-/+' : '~'} ${c.property}: ${showValue(c.from)} → ${showValue(c.to)}${c.forcesReplacement ? '  # forces replacement' : ''}`);
  }
  return lines;
}

/** The full text: one block per step that does something, then the summary line. */
export function planText(p: Plan): string {
  const acting = p.steps.filter((s) => s.action !== 'noop');
  const out: string[] = acting.some((s) => s.action !== 'unsupported')
    ? [`HA Architect will perform these actions for design "${p.designId}":`, '']
    : [`No changes. The cloud matches design "${p.designId}".`, ''];
  for (const s of acting) out.push(...stepLines(s), '');
  out.push(summaryLine(p));
  const problems = p.problems ?? [];
  if (problems.length) {
    out.push('', `Error: this plan cannot be applied until ${problems.length === 1 ? 'this problem is' : `these ${problems.length} problems are`} fixed in the design (nothing will be created):`);
    for (const x of problems) out.push(`  * ${x.message}`);
  }
  return out.join('\n') + '\n';
}

/** A canvas badge for one node: what the plan will do to it. */
export interface PlanBadge {
  readonly nodeId: string;
  readonly action: StepAction;
  readonly symbol: string;
  readonly reason: string;
  readonly drift?: 'deleted' | 'changed';
}

/** Per-node badges (delete steps of nodes not in the design are included: the canvas may show them as ghosts). */
export function planBadges(p: Plan): PlanBadge[] {
  return p.steps.map((s) => ({ nodeId: s.nodeId, action: s.action, symbol: SYMBOL[s.action], reason: s.reason, ...(s.drift ? { drift: s.drift } : {}) }));
}
