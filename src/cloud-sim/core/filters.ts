/** `Describe*` filters: `Filter.N.Name` / `Filter.N.Value.M`, with `*`/`?` wildcards and tag filters. */
import { AwsError } from './errors';
import type { Params } from './params';

/** A requested filter: name and accepted values (OR), filters combine with AND. */
export interface Filter { name: string; values: string[] }

/** Resource fields a filter can read; return undefined for "unknown filter name". */
export type FilterFields<T> = (res: T, name: string) => readonly (string | undefined)[] | string | undefined;

/** Key/value tags as stored on resources. */
export type Tags = Record<string, string>;

/** Reads `Filter.N` (EC2) or `Filters.member.N` (query) from the params. */
export function readFilters(params: Params, key = 'Filter'): Filter[] {
  return params.structs(key).map((f) => ({ name: f.req('Name'), values: f.list('Value').length ? f.list('Value') : f.list('Values') }));
}

function wildcard(pattern: string): (s: string) => boolean {
  if (!/[*?]/.test(pattern)) return (s) => s === pattern;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return (s) => re.test(s);
}

function tagValues(tags: Tags | undefined, name: string): readonly string[] | undefined {
  if (name.startsWith('tag:')) {
    const v = tags?.[name.slice(4)];
    return v === undefined ? [] : [v];
  }
  if (name === 'tag-key') return Object.keys(tags ?? {});
  if (name === 'tag-value') return Object.values(tags ?? {});
  return undefined;
}

/**
 * Keeps the resources matching every filter. `fields` maps filter names to
 * values; tag filters work on `res.tags`. Unknown names are an
 * InvalidParameterValue, as in EC2.
 */
export function applyFilters<T extends object>(items: Iterable<T>, filters: readonly Filter[], fields: FilterFields<T>): T[] {
  const out: T[] = [];
  const compiled = filters.map((f) => ({ name: f.name, tests: f.values.map(wildcard) }));
  outer: for (const res of items) {
    for (const f of compiled) {
      let vals = tagValues((res as { tags?: Tags }).tags, f.name) ?? fields(res, f.name);
      if (vals === undefined) throw new AwsError('InvalidParameterValue', `The filter '${f.name}' is invalid`, 400);
      if (typeof vals === 'string') vals = [vals];
      if (!vals.some((v) => v !== undefined && f.tests.some((t) => t(v)))) continue outer;
    }
    out.push(res);
  }
  return out;
}
