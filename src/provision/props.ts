/** Comparable properties: references, canonical form, stable JSON, hashing, physical-id resolution. */
import type { ActualResource, PropValue, Props, Ref } from './types';

/** A reference to a node of the design. */
export const ref = (nodeId: string): Ref => ({ ref: nodeId });

/** True for a `{ ref }` value. */
export function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as Ref).ref === 'string';
}

/** JSON with sorted keys, so equal values give equal text. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/** The canonical form: every array sorted (lists in the model are sets), undefined keys dropped. */
export function canonical(v: PropValue): PropValue {
  if (Array.isArray(v)) return [...v.map(canonical)].sort((a, b) => (stableJson(a) < stableJson(b) ? -1 : stableJson(a) > stableJson(b) ? 1 : 0));
  if (v && typeof v === 'object') {
    const out: Record<string, PropValue> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, PropValue>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  return v;
}

/** True when two values are equal in canonical form. */
export function sameValue(a: PropValue | undefined, b: PropValue | undefined): boolean {
  return stableJson(a === undefined ? null : canonical(a)) === stableJson(b === undefined ? null : canonical(b));
}

/**
 * The actual value seen through the shape of the desired one: objects keep only
 * the keys the design sets (recursively), so a key the design leaves out (an
 * image id chosen by the target) is "don't care" at any depth.
 */
export function project(have: PropValue | undefined, want: PropValue | undefined): PropValue | undefined {
  const plain = (v: unknown): v is Record<string, PropValue> => !!v && typeof v === 'object' && !Array.isArray(v) && !isRef(v);
  if (!plain(want) || !plain(have)) return have;
  const out: Record<string, PropValue> = {};
  for (const k of Object.keys(want)) {
    const v = project(have[k], want[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** A short, stable hash of properties (FNV-1a, 48 bits): the `ha-architect:hash` tag. */
export function hashProps(props: Props): string {
  return hashText(stableJson(canonical(props)));
}

/** FNV-1a over the text, two lanes, 12 hex characters. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 12);
}

/** Replaces every string that is a known physical id (or alias) by `{ ref: nodeId }`. */
export function resolveValue(v: PropValue, byPhysical: ReadonlyMap<string, string>): PropValue {
  if (typeof v === 'string') {
    const id = byPhysical.get(v);
    return id === undefined ? v : ref(id);
  }
  if (Array.isArray(v)) return v.map((x) => resolveValue(x, byPhysical));
  if (v && typeof v === 'object' && !isRef(v)) {
    const out: Record<string, PropValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = resolveValue(x, byPhysical);
    return out;
  }
  return v;
}

/** Map of physical id / ARN / alias → node id over discovered resources. */
export function physicalIndex(resources: readonly ActualResource[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of resources) {
    for (const p of [r.id, r.arn, ...(r.aliases ?? [])]) if (p) map.set(p, r.nodeId);
  }
  return map;
}

/** Maps physical ids inside discovered properties (and the VPC) to node ids, so they compare with the design. */
export function resolveActual(resources: readonly ActualResource[]): ActualResource[] {
  const byPhysical = physicalIndex(resources);
  return resources.map((r) => ({
    ...r,
    vpc: r.vpc === undefined ? undefined : (byPhysical.get(r.vpc) ?? r.vpc),
    props: resolveValue(r.props, byPhysical) as Props,
  }));
}

/** Every node id referenced (deeply) from properties. */
export function refsOf(v: PropValue | undefined, out: Set<string> = new Set()): Set<string> {
  if (isRef(v)) out.add(v.ref);
  else if (Array.isArray(v)) for (const x of v) refsOf(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) refsOf(x as PropValue, out);
  return out;
}
