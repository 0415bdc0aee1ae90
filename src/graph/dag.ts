/** A dependency DAG of string ids: construction, dependants, topological order, cycle report by name. */

/** A directed graph where `deps.get(a)` lists the ids `a` waits for. */
export interface Dag {
  readonly nodes: readonly string[];
  readonly deps: ReadonlyMap<string, readonly string[]>;
}

/** Thrown when an order is asked of a graph with cycles; the message names every cycle. */
export class CycleError extends Error {
  constructor(readonly cycles: readonly (readonly string[])[], name: (id: string) => string = (id) => id) {
    super(`dependency cycle${cycles.length > 1 ? 's' : ''}: ${cycles.map((c) => [...c, c[0]].map(name).join(' → ')).join('; ')}`);
    this.name = 'CycleError';
  }
}

/**
 * Builds a DAG from ids and `[id, dependsOn]` pairs. Duplicate pairs collapse;
 * a pair naming an unknown id is an error (a dangling dependency is a bug upstream).
 */
export function createDag(nodes: Iterable<string>, edges: Iterable<readonly [string, string]>): Dag {
  const list = [...new Set(nodes)];
  const known = new Set(list);
  const deps = new Map<string, string[]>(list.map((n) => [n, []]));
  for (const [from, to] of edges) {
    if (!known.has(from) || !known.has(to)) throw new Error(`createDag: edge ${from} → ${to} names an unknown node`);
    const d = deps.get(from)!;
    if (!d.includes(to)) d.push(to);
  }
  return { nodes: list, deps };
}

/** For each id, the ids that wait for it. */
export function dependantsOf(dag: Dag): Map<string, string[]> {
  const out = new Map<string, string[]>(dag.nodes.map((n) => [n, []]));
  for (const n of dag.nodes) for (const d of dag.deps.get(n) ?? []) out.get(d)!.push(n);
  return out;
}

/** The same graph with every edge reversed (destroy order is the reverse of create order). */
export function reverseDag(dag: Dag): Dag {
  const rev = dependantsOf(dag);
  return { nodes: dag.nodes, deps: rev };
}

/** Every cycle (strongly connected component of 2+ ids, or a self-loop), each in edge order. */
export function findCycles(dag: Dag): string[][] {
  // Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const root of dag.nodes) {
    if (index.has(root)) continue;
    const work: { id: string; i: number }[] = [{ id: root, i: 0 }];
    index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const deps = dag.deps.get(top.id) ?? [];
      if (top.i < deps.length) {
        const next = deps[top.i++]!;
        if (!index.has(next)) {
          index.set(next, counter); low.set(next, counter++); stack.push(next); onStack.add(next);
          work.push({ id: next, i: 0 });
        } else if (onStack.has(next)) low.set(top.id, Math.min(low.get(top.id)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length) low.set(work[work.length - 1]!.id, Math.min(low.get(work[work.length - 1]!.id)!, low.get(top.id)!));
      if (low.get(top.id) === index.get(top.id)) {
        const comp: string[] = [];
        let x: string;
        do { x = stack.pop()!; onStack.delete(x); comp.push(x); } while (x !== top.id);
        if (comp.length > 1 || (dag.deps.get(top.id) ?? []).includes(top.id)) cycles.push(orderCycle(dag, comp));
      }
    }
  }
  return cycles;
}

/** Orders a component along its edges from its smallest id so the report reads as a path. */
function orderCycle(dag: Dag, comp: string[]): string[] {
  const members = new Set(comp);
  const start = [...comp].sort()[0]!;
  const path = [start];
  const seen = new Set(path);
  let cur = start;
  for (;;) {
    const next = (dag.deps.get(cur) ?? []).find((d) => members.has(d) && !seen.has(d));
    if (!next) break;
    path.push(next); seen.add(next); cur = next;
  }
  // A component can hold more than one simple cycle; ids not on the walked path still belong to it.
  for (const id of [...comp].sort()) if (!seen.has(id)) path.push(id);
  return path;
}

/** A topological order (dependencies first, ties in insertion order); throws CycleError when there is none. */
export function topoOrder(dag: Dag, name?: (id: string) => string): string[] {
  const cycles = findCycles(dag);
  if (cycles.length) throw new CycleError(cycles, name);
  const remaining = new Map(dag.nodes.map((n) => [n, (dag.deps.get(n) ?? []).length]));
  const dependants = dependantsOf(dag);
  const ready = dag.nodes.filter((n) => remaining.get(n) === 0);
  const order: string[] = [];
  while (ready.length) {
    const n = ready.shift()!;
    order.push(n);
    for (const d of dependants.get(n)!) {
      const left = remaining.get(d)! - 1;
      remaining.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return order;
}

/** The heaviest dependency chain: its total weight and ids (dependencies first). */
export function criticalPath(dag: Dag, weight: (id: string) => number): { total: number; path: string[] } {
  const best = new Map<string, { total: number; prev?: string }>();
  for (const n of topoOrder(dag)) {
    let prev: string | undefined;
    let base = 0;
    for (const d of dag.deps.get(n) ?? []) {
      const t = best.get(d)!.total;
      if (t > base) { base = t; prev = d; }
    }
    best.set(n, { total: base + weight(n), prev });
  }
  let end: string | undefined;
  for (const [n, b] of best) if (end === undefined || b.total > best.get(end)!.total) end = n;
  const path: string[] = [];
  for (let cur = end; cur !== undefined; cur = best.get(cur)!.prev) path.unshift(cur);
  return { total: end === undefined ? 0 : best.get(end)!.total, path };
}
