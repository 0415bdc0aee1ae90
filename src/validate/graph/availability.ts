/** Availability expressions: components in series and alternatives in parallel, with shared and same-AZ parts counted once. */
import { AVAILABILITY_DEFAULTS, SINGLE_AZ_KEYS } from './defaults';

/** One component: its key (for defaults/overrides), node id, and AZ when it lives in one. */
export interface Leaf { readonly t: 'leaf'; readonly key: string; readonly id: string; readonly zone?: string }
/** An availability expression. */
export type Expr = Leaf | { readonly t: 'all'; readonly items: readonly Expr[] } | { readonly t: 'any'; readonly items: readonly Expr[] };

// Domain evaluations of the SPOF analysis need no availability expression: building is switched off
// around them (synchronously, restored in `finally`) to spare thousands of allocations.
let building = true;
/** The empty series (what every expression is while building is off). */
export const NOTHING: Expr = { t: 'all', items: [] };
const NO_LEAF: Leaf = { t: 'leaf', key: 'none', id: '' };

/** Runs `f` without building availability expressions (its outcomes carry an empty expression). */
export function withoutExpressions<T>(f: () => T): T {
  const was = building;
  building = false;
  try {
    return f();
  } finally {
    building = was;
  }
}

/** True while expressions are built. */
export const buildingExpressions = (): boolean => building;

/** Series composition. */
export const all = (items: readonly Expr[]): Expr => (!building ? NOTHING : items.length === 1 ? items[0]! : { t: 'all', items });
/** Parallel composition (any alternative suffices). */
export const any = (items: readonly Expr[]): Expr => (!building ? NOTHING : items.length === 1 ? items[0]! : { t: 'any', items });
/** A component. */
export const leaf = (key: string, id: string, zone?: string): Leaf => (!building ? NO_LEAF : zone === undefined ? { t: 'leaf', key, id } : { t: 'leaf', key, id, zone });

/** Looks up a key's availability: override, else default, else 1. */
export type Lookup = (key: string) => number;
/** Builds the lookup for a design's overrides. */
export function lookupWith(overrides: Readonly<Record<string, number>>): Lookup {
  return (key) => overrides[key] ?? AVAILABILITY_DEFAULTS[key] ?? 1;
}

const leafKey = (l: Leaf): string => l.id + '|' + l.key;

// Canonical keys and series units of subtrees, computed once per evaluation: every level above a subtree asks for them again.
// A composite's key is a short number standing for its kind and its children's sorted keys: structurally equal
// subtrees get the same key (by induction), and keys stay short however deep the tree.
interface Memo { readonly canon: Map<Expr, string>; readonly interned: Map<string, string>; readonly units: Map<Expr, ReadonlyMap<string, Expr>> }

function canon(e: Expr, m: Memo): string {
  let k = m.canon.get(e);
  if (k !== undefined) return k;
  if (e.t === 'leaf') {
    m.canon.set(e, (k = leafKey(e)));
    return k;
  }
  const full = `${e.t}(${e.items.map((x) => canon(x, m)).sort().join(',')})`;
  k = m.interned.get(full);
  if (k === undefined) m.interned.set(full, (k = `#${m.interned.size}`));
  m.canon.set(e, k);
  return k;
}

// The series units of an expression: its leaves and parallel groups reachable through series nodes only.
function collectUnits(e: Expr, out: Map<string, Expr>, m: Memo): Map<string, Expr> {
  if (e.t === 'all') for (const x of e.items) collectUnits(x, out, m);
  else if (e.t === 'any' && e.items.length === 0) return out;
  else out.set(canon(e, m), e);
  return out;
}

function units(e: Expr, m: Memo): ReadonlyMap<string, Expr> {
  let u = m.units.get(e);
  if (!u) m.units.set(e, (u = collectUnits(e, new Map(), m)));
  return u;
}

function unitValue(x: Expr, lookup: Lookup, given: ReadonlySet<string>, m: Memo): number {
  if (x.t === 'leaf') return lookup(x.key);
  if (x.t === 'all') return evalIn(x, lookup, given, m);
  const branches = x.items.map((b) => units(b, m));
  const common = [...branches[0]!.keys()].filter((k) => !given.has(k) && branches.every((b) => b.has(k)));
  let a = 1;
  const inner = new Set(given);
  for (const k of common) { a *= unitValue(branches[0]!.get(k)!, lookup, inner, m); inner.add(k); }
  let down = 1;
  for (const b of x.items) down *= 1 - evalIn(b, lookup, inner, m);
  return a * (1 - down);
}

// Units already counted (`given`) are conditioned on and skipped; single-AZ leaves of one AZ count once (the weakest).
function evalIn(e: Expr, lookup: Lookup, given: ReadonlySet<string>, m: Memo): number {
  let a = 1;
  const byZone = new Map<string, number>();
  const counted = new Set(given);
  for (const [k, x] of units(e, m)) {
    if (counted.has(k)) continue;
    const v = unitValue(x, lookup, counted, m);
    counted.add(k);
    if (x.t === 'leaf' && SINGLE_AZ_KEYS.has(x.key) && x.zone !== undefined) byZone.set(x.zone, Math.min(byZone.get(x.zone) ?? 1, v));
    else a *= v;
  }
  for (const v of byZone.values()) a *= v;
  return a;
}

/** The availability (fraction) of an expression. */
export function evaluate(e: Expr, lookup: Lookup): number {
  return evalIn(e, lookup, new Set(), { canon: new Map(), interned: new Map(), units: new Map() });
}

/** The distinct components of an expression with their availability (for display). */
export function components(e: Expr, lookup: Lookup): { key: string; id: string; availability: number }[] {
  const leaves = new Map<string, Leaf>();
  const walk = (x: Expr) => { if (x.t === 'leaf') leaves.set(x.id + '|' + x.key, x); else x.items.forEach(walk); };
  walk(e);
  return [...leaves.values()].map((l) => ({ key: l.key, id: l.id, availability: lookup(l.key) }));
}
