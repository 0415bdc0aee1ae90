/** Reads Terraform state v4 and `terraform show -json` output (state or plan) into resource instances with attribute getters. */
import { jsonErrorLocation } from '../../../model';
import { ImportError } from '../errors';

/** One managed resource instance: its address, type, attributes, and how to read an attribute (falling back to plan references). */
export interface TfInstance {
  readonly address: string;
  /** The address without its instance key (what configuration references name). */
  readonly base: string;
  readonly type: string;
  readonly attributes: Record<string, unknown>;
  readonly get: (path: string) => unknown;
}

type A = Record<string, unknown>;
const isObj = (v: unknown): v is A => !!v && typeof v === 'object' && !Array.isArray(v);

function at(value: unknown, path: string): unknown {
  let cur = value;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isObj(cur)) cur = cur[part];
    else return undefined;
  }
  return cur;
}

function keySuffix(k: unknown): string {
  return k === undefined || k === null ? '' : typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(String(k))}]`;
}

function fromState(state: A, file: string): TfInstance[] {
  if (!Array.isArray(state.resources)) throw new ImportError({ file, message: 'Terraform state: "resources" must be a list' });
  const out: TfInstance[] = [];
  state.resources.forEach((r: unknown, i) => {
    if (!isObj(r) || typeof r.type !== 'string' || !r.type || typeof r.name !== 'string' || !Array.isArray(r.instances)) {
      throw new ImportError({ file, message: `Terraform state: resources[${i}] must have "type", "name" and "instances"` });
    }
    if (r.mode === 'data') return;
    const base = `${typeof r.module === 'string' ? `${r.module}.` : ''}${r.type}.${r.name}`;
    for (const inst of r.instances as unknown[]) {
      if (!isObj(inst) || !isObj(inst.attributes)) continue;
      const attributes = inst.attributes;
      out.push({ address: base + keySuffix(inst.index_key), base, type: r.type, attributes, get: (p) => at(attributes, p) });
    }
  });
  return out;
}

type Expressions = Record<string, unknown>;

function configIndex(config: unknown, prefix: string, into: Map<string, Expressions>): void {
  if (!isObj(config)) return;
  for (const r of Array.isArray(config.resources) ? config.resources : []) {
    if (isObj(r) && typeof r.address === 'string' && isObj(r.expressions)) into.set(prefix + r.address, r.expressions);
  }
  for (const [name, call] of Object.entries(isObj(config.module_calls) ? config.module_calls : {})) {
    if (isObj(call)) configIndex(call.module, `${prefix}module.${name}.`, into);
  }
}

function references(expr: unknown, modulePrefix: string): string | string[] | undefined {
  if (!isObj(expr) || !Array.isArray(expr.references)) return undefined;
  const addresses = [...new Set((expr.references as unknown[]).filter((x): x is string => typeof x === 'string' && /^(data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+$/.test(x) && !x.startsWith('var.') && !x.startsWith('local.')).map((x) => modulePrefix + x))];
  return addresses.length === 0 ? undefined : addresses.length === 1 ? addresses[0] : addresses;
}

function fromValues(root: unknown, config: Map<string, Expressions>): TfInstance[] {
  const out: TfInstance[] = [];
  const walk = (mod: unknown) => {
    if (!isObj(mod)) return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (!isObj(r) || typeof r.address !== 'string' || !r.address || typeof r.type !== 'string' || !r.type || r.mode === 'data') continue;
      const values = isObj(r.values) ? r.values : {};
      const base = r.address.replace(/\[[^\]]*\]$/, '');
      const modulePrefix = base.slice(0, base.length - `${r.type}.${String(r.name)}`.length);
      const exprs = config.get(base);
      out.push({
        address: r.address, base, type: r.type, attributes: values,
        // Planned values lack computed ids: fall back to what the configuration references.
        get: (p) => {
          const v = at(values, p);
          return v === undefined || v === null ? references(at(exprs, p), modulePrefix) : v;
        },
      });
    }
    for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) walk(child);
  };
  walk(root);
  return out;
}

/** Parses the text and returns its resource instances; throws ImportError on bad JSON or an unknown shape. */
export function readTerraform(text: string, file: string): { instances: TfInstance[]; format: 'state' | 'show-json' | 'plan' } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const loc = jsonErrorLocation(text);
    throw new ImportError({ file, line: loc?.line, column: loc?.column, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  if (!isObj(doc)) throw new ImportError({ file, line: 1, column: 1, message: 'expected a Terraform state (version 4) or `terraform show -json` output object' });
  if (doc.version !== undefined && doc.format_version === undefined) {
    if (doc.version !== 4) throw new ImportError({ file, message: `Terraform state version ${String(doc.version)} is not supported (expected 4; run "terraform state pull" with Terraform ≥ 0.12)` });
    return { instances: fromState(doc, file), format: 'state' };
  }
  if (typeof doc.format_version === 'string') {
    const config = new Map<string, Expressions>();
    configIndex(isObj(doc.configuration) ? doc.configuration.root_module : undefined, '', config);
    const planned = isObj(doc.planned_values) ? doc.planned_values.root_module : undefined;
    if (planned) return { instances: fromValues(planned, config), format: 'plan' };
    const values = isObj(doc.values) ? doc.values.root_module : undefined;
    if (values) return { instances: fromValues(values, config), format: 'show-json' };
    return { instances: [], format: 'show-json' };
  }
  throw new ImportError({ file, line: 1, column: 1, message: 'not a Terraform state (no "version": 4) nor `terraform show -json` output (no "format_version")' });
}
