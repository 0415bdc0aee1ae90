/** Runs the rules over a design; the incremental variant caches each subject's result on the reads it made. */
import type { Design } from '../model';
import { buildEstimates } from './estimates';
import { diffDesigns } from './diff';
import { derivedFacts } from './overlay';
import { factsOf, tracked, type Facts, type ReadSink } from './facts';
import { analyzeEntryPoint, entryPoints, type EntryAnalysis } from './graph/analyze';
import { ALL_RULES } from './registry';
import { isAnalysisRule, type Subject } from './rule';
import type { Finding, IncrementalValidator, Severity, ValidateOptions, ValidationResult } from './types';

interface Entry<T> { readonly subject: Subject; readonly value: T; stale: boolean }
type Cache<T> = Map<string, Entry<T>>;

/** Memo of one validator: per rule and per entry point (keyed by subject id), and which entries depend on which keys. */
interface State {
  prev: Design | undefined;
  facts: Facts | undefined;
  rules: Map<string, Cache<Finding[]>>;
  analyses: Cache<EntryAnalysis>;
  deps: Map<string, Entry<unknown>[]>;
  registered: number;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings in a stable order: severity, rule, first resource, message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
    || ((a.resources[0] ?? '') < (b.resources[0] ?? '') ? -1 : (a.resources[0] ?? '') > (b.resources[0] ?? '') ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

// One reusable tracking wrapper per run: the key set it records into is swapped per subject.
interface Tracker { readonly facts: Facts; readonly sink: ReadSink }

function cached<T>(state: State | undefined, old: Cache<T> | undefined, next: Cache<T>, f: Facts, t: Tracker | undefined, subject: Subject, compute: (f: Facts) => T): T {
  if (!state || !t) return compute(f);
  const hit = old?.get(subject.id);
  if (hit && !hit.stale && hit.subject === subject) {
    if (next !== old) next.set(subject.id, hit);
    return hit.value;
  }
  t.sink.keys = new Set();
  const value = compute(t.facts);
  const entry: Entry<T> = { subject, value, stale: false };
  for (const k of t.sink.keys) {
    const list = state.deps.get(k);
    if (list) list.push(entry);
    else state.deps.set(k, [entry]);
  }
  state.registered += t.sink.keys.size;
  next.set(subject.id, entry);
  return value;
}

// Marks entries depending on changed keys as stale (dropping everything when the lists have grown too large); returns the facts of the design.
function invalidate(state: State, design: Design): Facts {
  let f: Facts | undefined;
  if (state.prev && state.prev !== design) {
    const diff = diffDesigns(state.prev, design);
    for (const k of diff.keys) for (const e of state.deps.get(k) ?? []) e.stale = true;
    if (diff.inPlace && state.facts) f = derivedFacts(state.facts, design, diff);
  } else if (state.prev === design) f = state.facts;
  f ??= factsOf(design);
  state.prev = design;
  state.facts = f;
  if (state.registered > 4_000_000) {
    state.rules.clear();
    state.analyses.clear();
    state.deps.clear();
    state.registered = 0;
  }
  return f;
}

// Drops the entries of subjects that are gone (ids repeat only if a rule lists a subject twice: then nothing is dropped).
function forgetRemoved<T>(cache: Cache<T>, subjects: readonly Subject[]): void {
  const keep = new Set(subjects.map((s) => s.id));
  for (const id of [...cache.keys()]) if (!keep.has(id)) cache.delete(id);
}

function run(design: Design, options: ValidateOptions | undefined, state: State | undefined): ValidationResult {
  let f: Facts;
  let t: Tracker | undefined;
  if (!state) f = factsOf(design);
  else {
    f = invalidate(state, design);
    const sink: ReadSink = { keys: new Set() };
    t = { facts: tracked(f, sink), sink };
  }
  const off = new Set(options?.disabledRules ?? []);
  const nextAnalyses: Cache<EntryAnalysis> = new Map();
  const analyses = entryPoints(f).map((ep) => cached(state, state?.analyses, nextAnalyses, f, t, ep, (tf) => analyzeEntryPoint(tf, ep)));
  const findings: Finding[] = [];
  const nextRules = new Map<string, Cache<Finding[]>>();
  for (const rule of ALL_RULES) {
    if (off.has(rule.meta.id)) continue;
    if (isAnalysisRule(rule)) {
      findings.push(...rule.fromAnalyses(analyses, f));
      continue;
    }
    const subjects = rule.subjects(f);
    if (!state) {
      for (const s of subjects) for (const x of rule.check(f, s)) findings.push(x);
      continue;
    }
    // Updated in place: after an edit nearly every subject hits, and a fresh map would cost a write per subject.
    const cache: Cache<Finding[]> = state.rules.get(rule.meta.id) ?? new Map();
    nextRules.set(rule.meta.id, cache);
    for (const s of subjects) for (const x of cached(state, cache, cache, f, t, s, (tf) => rule.check(tf, s))) findings.push(x);
    if (cache.size !== subjects.length) forgetRemoved(cache, subjects);
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
  const state: State = { prev: undefined, facts: undefined, rules: new Map(), analyses: new Map(), deps: new Map(), registered: 0 };
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
