/** The shape of a rule: metadata, the subjects it checks, and a check per subject that reads only through Facts. */
import type { Facts } from './facts';
import type { EntryAnalysis } from './graph/analyze';
import type { Finding, RuleMeta, Severity } from './types';

/** Something a rule checks: a node, or the design as a whole. */
export interface Subject { readonly id: string }

/** The subject of design-wide rules (a constant, so cached results are keyed on reads alone). */
export const DESIGN_SUBJECT: Subject = Object.freeze({ id: '$design' });

/** A rule checked per subject; the engine caches each subject's findings on the reads it made. */
export interface SubjectRule<S extends Subject = Subject> {
  readonly meta: RuleMeta;
  subjects(f: Facts): readonly S[];
  check(f: Facts, subject: S): Finding[];
}

/** A rule computed from the per entry point analyses (spof, objectives). */
export interface AnalysisRule {
  readonly meta: RuleMeta;
  fromAnalyses(analyses: readonly EntryAnalysis[], f: Facts): Finding[];
}

/** Any rule. */
export type Rule = SubjectRule | AnalysisRule;

/** Declares a subject rule with its precise subject type. */
export function defineRule<S extends Subject>(rule: SubjectRule<S>): SubjectRule {
  return rule as unknown as SubjectRule;
}

/** True for analysis rules. */
export function isAnalysisRule(r: Rule): r is AnalysisRule {
  return 'fromAnalyses' in r;
}

/** Declares rule metadata (help defaults to description + fix guidance). */
export function meta(id: string, title: string, severity: Severity, description: string, references: readonly string[], help: string): RuleMeta {
  return { id, title, severity, description, references, help };
}

/** Makes a finding of a rule, carrying its references. */
export function finding(m: RuleMeta, resources: readonly string[], message: string, fix: string, severity: Severity = m.severity): Finding {
  return { rule: m.id, severity, resources: [...new Set(resources)], message, fix, ...(m.references.length ? { references: m.references } : {}) };
}

/** A display name for messages: `name (id)` or just the id. */
export function label(n: { readonly id: string; readonly name?: string } | undefined, fallback = '?'): string {
  if (!n) return fallback;
  return n.name && n.name !== n.id ? `${n.name} (${n.id})` : n.id;
}
