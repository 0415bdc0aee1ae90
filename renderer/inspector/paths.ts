// Reading and writing dotted field paths ("launch.instanceType") as top-level patches, the shape DesignChange patches take.

export function getIn(obj: unknown, key: string): unknown {
  let cur = obj;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setIn(obj: unknown, parts: readonly string[], value: unknown): unknown {
  const base = obj !== null && typeof obj === 'object' ? { ...(obj as Record<string, unknown>) } : {};
  const [head, ...rest] = parts;
  const next = rest.length ? setIn(base[head!], rest, value) : value;
  if (next === undefined) delete base[head!];
  else base[head!] = next;
  return base;
}

/** The top-level patch that sets `key` (dotted) to `value` (undefined removes it) on `obj`. */
export function patchFor(obj: unknown, key: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = key.split('.');
  if (rest.length === 0) return { [head!]: value };
  const current = (obj as Record<string, unknown>)[head!];
  return { [head!]: setIn(current, rest, value) };
}
