/** Id generation for new nodes and edges: short, readable, unique within the design. */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random suffix of `length` lowercase letters and digits. */
export function randomSuffix(length = 6, random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return s;
}

/** A new id "<prefix>-<suffix>" not present in `taken`. */
export function newId(prefix: string, taken: { has(id: string): boolean }, random: () => number = Math.random): string {
  for (;;) {
    const id = `${prefix}-${randomSuffix(6, random)}`;
    if (!taken.has(id)) return id;
  }
}
