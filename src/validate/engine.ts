/** Runs the rules over a design; the incremental variant caches each subject's result on the reads it made. */
import type { Design } from '../model';
import { buildEstimates } from './estimates';
import { factsOf, replays, tracked, type Facts, type ReadLog } from './facts';
import { analyzeEntryPoint, entryPoints, type EntryAnalysis } from './graph/analyze';
import { ALL_RULES } from './registry';
import { isAnalysisRule, type Subject } from './rule';
import type { Finding, IncrementalValidator, Severity, ValidateOptions, ValidationResult } from './types';

interface Entry<T> { readonly subject: Subject; readonly log: ReadLog; readonly value: T }
type Cache<T> = Map<string, Entry<T>>;

/** Memo of one validator: per rule and per entry point, keyed by subject id. */
interface State {
  rules: Map<string, Cache<Finding[]>>;
  analyses: Cache<EntryAnalysis>;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings in a stable order: severity, rule, first resource, message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
    || ((a.resources[0] ?? '') < (b.resources[0] ?? '') ? -1 : (a.resources[0] ?? '') > (b.resources[0] ?? '') ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

// One reusable tracking wrapper per run: the log it appends to is swapped per subject.
function tracker(f: Facts): { facts: Facts; use(log: ReadLog): void } {
  const sink = { log: [] as ReadLog };
  return { facts: tracked(f, sink), use: (log) => { sink.log = log; } };
}

function cached<T>(old: Cache<T> | undefined, next: Cache<T>, f: Facts, t: ReturnType<typeof tracker> | undefined, subject: Subject, compute: (f: Facts) => T): T {
  if (!t) return compute(f);
  const hit = old?.get(subject.id);
  if (hit && hit.subject === subject && replays(f, hit.log)) {
    next.set(subject.id, hit);
    return hit.value;
  }
  const log: ReadLog = [];
  t.use(log);
  const value = compute(t.facts);
  next.set(subject.id, { subject, log, value });
  return value;
}

function run(design: Design, options: ValidateOptions | undefined, state: State | undefined): ValidationResult {
  const f = factsOf(design);
  const t = state ? tracker(f) : undefined;
  const off = new Set(options?.disabledRules ?? []);
  const nextAnalyses: Cache<EntryAnalysis> = new Map();
  const analyses = entryPoints(f).map((ep) => cached(state?.analyses, nextAnalyses, f, t, ep, (tf) => analyzeEntryPoint(tf, ep)));
  const findings: Finding[] = [];
  const nextRules = new Map<string, Cache<Finding[]>>();
  for (const rule of ALL_RULES) {
    if (off.has(rule.meta.id)) continue;
    if (isAnalysisRule(rule)) {
      findings.push(...rule.fromAnalyses(analyses, f));
      continue;
    }
    const next: Cache<Finding[]> = new Map();
    nextRules.set(rule.meta.id, next);
    const old = state?.rules.get(rule.meta.id);
    for (const s of rule.subjects(f)) findings.push(...cached(old, next, f, t, s, (tf) => rule.check(tf, s)));
  }
  if (state) {
    state.rules = nextRules;
    state.analyses = nextAnalyses;
  }
  return { findings: sortFindings(findings), estimates: buildEstimates(analyses) };
}

/** Validates a design: every rule's findings and the availability / RTO / RPO estimates. */
export function validateDesign(design: Design, options?: ValidateOptions): ValidationResult {
  return run(design, options, undefined);
}

/** A validator for successive values of one design (an editor): unchanged parts are not re-checked. */
export function createIncrementalValidator(): IncrementalValidator {
  const state: State = { rules: new Map(), analyses: new Map() };
  let last: { design: Design; key: string; result: ValidationResult } | undefined;
  return {
    run(design, options) {
      const key = JSON.stringify(options?.disabledRules ?? []);
      if (last && last.design === design && last.key === key) return last.result;
      const result = run(design, options, state);
      last = { design, key, result };
      return result;
    },
  };
}
