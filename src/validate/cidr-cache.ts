/** Parsed CIDR blocks, cached by text: two rules parse every VPC and subnet block on every validation. */
import { parseCidr, type Cidr } from '../model';

// Bounded: a long editing session types many distinct blocks; starting over costs one parse each.
const LIMIT = 50_000;
const parsed = new Map<string, Cidr | string>();

/** `parseCidr(text)`, parsed once per distinct text (the result is shared: do not mutate it). */
export function parsedCidr(text: string): Cidr | string {
  let c = parsed.get(text);
  if (c === undefined) {
    if (parsed.size >= LIMIT) parsed.clear();
    parsed.set(text, (c = parseCidr(text)));
  }
  return c;
}
