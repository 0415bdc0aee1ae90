/** Stable serialisation: sorted keys, 2-space JSON, trailing newline, so designs diff well in git. */
import type { Design } from './design';

/** Returns a copy of a JSON value with object keys sorted, recursively. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Serialises any JSON value the stable way (sorted keys, 2 spaces, trailing newline). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

/** Serialises a design for a file. */
export function serializeDesign(design: Design): string {
  return stableStringify(design);
}
