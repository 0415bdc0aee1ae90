/** Request parameters of the query protocols, as a tree with typed, validating accessors. */
import { badValue, missing } from './errors';

/** One node of the parameter tree: a value, a structure, or a 1-based list. */
export type ParamNode = string | ParamTree | ParamNode[];
/** A structure of parameters. */
export interface ParamTree { [key: string]: ParamNode }

/** Decodes an `application/x-www-form-urlencoded` body into flat key/value pairs. */
export function parseForm(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(body)) out.set(k, v);
  return out;
}

/**
 * Turns flat keys (`Filter.1.Value.2`, `Subnets.member.1`) into a tree. Numeric
 * segments make lists; the query protocol's `member` segment is dropped so both
 * EC2 (`SubnetId.1`) and query (`Subnets.member.1`) lists read the same way.
 */
export function toTree(flat: Map<string, string>): ParamTree {
  const root: ParamTree = {};
  for (const [key, value] of flat) {
    const parts = key.split('.').filter((p) => p !== 'member');
    let node: ParamTree | ParamNode[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]!);
      const slot = Array.isArray(node) ? Number(part) - 1 : part;
      const holder = node as Record<string | number, ParamNode>;
      if (last) { holder[slot] = value; break; }
      let child = holder[slot];
      if (child === undefined || typeof child === 'string') {
        child = nextIsIndex ? [] : {};
        holder[slot] = child;
      }
      node = child as ParamTree | ParamNode[];
    }
  }
  return root;
}

/** Typed view over one structure of the tree; `path` names it in error messages. */
export class Params {
  constructor(readonly tree: ParamTree, readonly path = '') {}

  /** Builds the view from a raw form body. */
  static fromForm(body: string): Params {
    return new Params(toTree(parseForm(body)));
  }

  private name(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /** True when the key is present. */
  has(key: string): boolean {
    return this.tree[key] !== undefined;
  }

  /** An optional string. */
  str(key: string): string | undefined {
    const v = this.tree[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw badValue(this.name(key), '[structure]', 'a single value');
    return v;
  }

  /** A required string (MissingParameter otherwise). */
  req(key: string): string {
    const v = this.str(key);
    if (v === undefined || v === '') throw missing(this.name(key));
    return v;
  }

  /** An optional integer, range-checked. */
  int(key: string, min = -Infinity, max = Infinity): number | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw badValue(this.name(key), v, `an integer${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}`);
    }
    return n;
  }

  /** An optional boolean (`true`/`false`). */
  bool(key: string): boolean | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (v !== 'true' && v !== 'false') throw badValue(this.name(key), v, 'true or false');
    return v === 'true';
  }

  /** A list of strings (`Key.1`, `Key.2` …), empty when absent. */
  list(key: string): string[] {
    const v = this.tree[key];
    if (v === undefined) return [];
    if (typeof v === 'string') return [v];
    const items = Array.isArray(v) ? v : Object.values(v);
    return items.filter((x): x is string => typeof x === 'string');
  }

  /** A list of structures (`Filter.1.Name` …), empty when absent. */
  structs(key: string): Params[] {
    const v = this.tree[key];
    if (v === undefined || typeof v === 'string') return [];
    const items = Array.isArray(v) ? v : [v];
    const out: Params[] = [];
    items.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) out.push(new Params(item, `${this.name(key)}.${i + 1}`));
    });
    return out;
  }

  /** A nested structure, or undefined. */
  struct(key: string): Params | undefined {
    const v = this.tree[key];
    if (v === undefined || typeof v === 'string' || Array.isArray(v)) return undefined;
    return new Params(v, this.name(key));
  }
}
