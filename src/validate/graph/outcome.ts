/** The result of evaluating part of a path under a failure, and how results combine. */
import { all, buildingExpressions, NOTHING, type Expr } from './availability';

/** Whether a part still works (immediately or after an automatic mechanism), how long until it does, and the data lost. */
export interface Outcome {
  readonly ok: boolean;
  /** Seconds until it serves normally again; null = never without manual work. */
  readonly rto: number | null;
  /** Seconds of data lost; null = unbounded. */
  readonly rpo: number | null;
  /** When not ok: the broken path (node ids) and why. */
  readonly path: readonly string[];
  readonly reason?: string;
  /** Availability expression of this part (meaningful in the baseline evaluation). */
  readonly expr: Expr;
  /** The node actually serving after a takeover (a promoted replica), when not the one asked for. */
  readonly servedBy?: string;
}

/** The path of every working part (shared and frozen: thousands of outcomes are made per validation). */
export const NO_PATH: readonly string[] = Object.freeze([]);
const NO_EXPRS: readonly Expr[] = Object.freeze([]);

/** A working part with its availability expression. */
export const ok = (expr: Expr, rto = 0, rpo: number | null = 0): Outcome => ({ ok: true, rto, rpo, path: NO_PATH, expr });

/** A broken part. */
export const broken = (id: string, reason: string, expr: Expr, rto: number | null = null, rpo: number | null = 0): Outcome => ({ ok: false, rto, rpo, path: [id], reason, expr });

const maxNull = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : Math.max(a, b));

/** Everything is needed: ok when all are, slowest recovery, largest loss, first broken path. */
export function series(head: string, parts: readonly Outcome[], own: readonly Expr[] = NO_EXPRS): Outcome {
  let rto: number | null = 0;
  let rpo: number | null = 0;
  let bad: Outcome | undefined;
  for (const p of parts) {
    rto = maxNull(rto, p.rto);
    rpo = maxNull(rpo, p.rpo);
    if (!p.ok && !bad) bad = p;
  }
  let expr = NOTHING;
  if (buildingExpressions()) {
    const items = own.slice();
    for (const p of parts) items.push(p.expr);
    expr = all(items);
  }
  if (bad) return { ok: false, rto, rpo, path: [head, ...bad.path], reason: bad.reason, expr };
  return { ok: true, rto, rpo, path: NO_PATH, expr };
}

/** Prefixes a node to an outcome's path. */
export function via(head: string, o: Outcome): Outcome {
  return o.ok ? o : { ...o, path: [head, ...o.path] };
}
