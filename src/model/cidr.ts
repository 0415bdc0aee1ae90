/** IPv4 CIDR maths: parse, contain, overlap, format. Pure and allocation-light. */

/** A parsed IPv4 CIDR block: base address as an unsigned 32-bit number and prefix length. */
export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

/** Parses "10.0.0.0/16"; returns a reason string when the text is not a valid, aligned IPv4 CIDR. */
export function parseCidr(text: string): Cidr | string {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return `"${text}" is not an IPv4 CIDR such as 10.0.0.0/16`;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return `"${text}" has an octet above 255`;
  const prefix = Number(m[5]);
  if (prefix > 32) return `"${text}" has a prefix above /32`;
  const base = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  if ((base & maskOf(prefix)) >>> 0 !== base) return `"${text}" has host bits set (did you mean ${formatCidr({ base: (base & maskOf(prefix)) >>> 0, prefix })}?)`;
  return { base, prefix };
}

/** True when the text is a valid IPv4 CIDR. */
export function isCidr(text: string): boolean {
  return typeof parseCidr(text) !== 'string';
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Number of addresses in a block. */
export function cidrSize(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && (inner.base & maskOf(outer.prefix)) >>> 0 === outer.base;
}

/** True when two blocks share at least one address. */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/** Formats a block as "a.b.c.d/p". */
export function formatCidr(c: Cidr): string {
  return `${c.base >>> 24}.${(c.base >>> 16) & 255}.${(c.base >>> 8) & 255}.${c.base & 255}/${c.prefix}`;
}

/** The n-th sub-block of `newPrefix` inside `parent`, or undefined when it does not fit. */
export function subnetOf(parent: Cidr, newPrefix: number, n: number): Cidr | undefined {
  if (newPrefix < parent.prefix || newPrefix > 32) return undefined;
  const count = 2 ** (newPrefix - parent.prefix);
  if (n < 0 || n >= count) return undefined;
  return { base: (parent.base + n * 2 ** (32 - newPrefix)) >>> 0, prefix: newPrefix };
}
