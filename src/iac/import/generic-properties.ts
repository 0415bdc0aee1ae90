/** What of an unmodelled resource's properties a generic node keeps: plain values, nothing that looks secret. */

const SECRET = /(password|secret|token|private_?key|credential|passphrase)/i;
const MAX_DEPTH = 8;

/** A JSON-safe copy of properties without keys that may hold secrets (designs are shared; secrets must not be in them). */
export function safeProperties(value: unknown, depth = 0): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (SECRET.test(k)) continue;
    const clean = copy(v, depth + 1);
    if (clean !== undefined) out[k] = clean;
  }
  return out;
}

function copy(v: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return v.map((x) => copy(x, depth + 1)).filter((x) => x !== undefined);
  if (typeof v === 'object') return safeProperties(v, depth);
  return undefined;
}
