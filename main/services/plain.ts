// Only plain data may cross the boundary (no classes, functions, Dates, Maps): structured clone in
// Electron would pass some of them but JSON in the browser host would not, so both hosts check.

/** The JSON path of the first value that is not plain JSON data, or null when all of it is. */
export function firstNonPlain(value: unknown, path = '$', depth = 0): string | null {
  if (depth > 200) return path;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (typeof value !== 'object') return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonPlain(value[i], `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return path;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const bad = firstNonPlain(v, `${path}.${key}`, depth + 1);
    if (bad) return bad;
  }
  return null;
}
