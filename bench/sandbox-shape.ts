// Dev aid for Sandbox service authors (not a benchmark): prints the wire names
// of an SDK shape, so responses use exactly the element names the pinned
// client reads. Usage: npx tsx bench/sandbox-shape.ts client-ec2 DescribeVpcsResult 2
import { createRequire } from 'node:module';

type Schema = unknown[] | number | (() => unknown);
const require = createRequire(import.meta.url);
const [client, name, depthArg] = process.argv.slice(2);
if (!client || !name) {
  console.error('usage: npx tsx bench/sandbox-shape.ts <client-package-suffix> <ShapeName> [depth]');
  process.exit(2);
}
const mod = require(`@aws-sdk/${client}`) as Record<string, Schema>;
const deref = (s: Schema): Schema => (typeof s === 'function' ? (s() as Schema) : s);
const isTraits = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function split(x: Schema): [Schema, Record<string, unknown>] {
  if (Array.isArray(x) && x.length === 2 && isTraits(x[1]) && (typeof x[0] === 'function' || typeof x[0] === 'number' || Array.isArray(x[0]))) {
    return [deref(x[0] as Schema), x[1]];
  }
  return [deref(x), {}];
}

function label(t: Schema): string {
  if (!Array.isArray(t)) return `scalar ${String(t)}`;
  const kinds: Record<string, string> = { 1: 'list', 2: 'map', 3: 'struct', '-3': 'error' };
  return `${kinds[String(t[0])] ?? String(t[0])} ${String(t[2])}`;
}

function show(s: Schema, indent: string, depth: number): void {
  const shape = deref(s);
  if (!Array.isArray(shape) || (shape[0] !== 3 && shape[0] !== -3)) return;
  (shape[4] as string[]).forEach((member, i) => {
    const [t, traits] = split((shape[5] as Schema[])[i]!);
    let extra = '';
    let next: Schema = t;
    if (Array.isArray(t) && t[0] === 1) {
      const [item, itemTraits] = split(t[4] as Schema);
      const flat = isTraits(t[3]) && t[3].xmlFlattened ? ' FLAT' : '';
      extra = ` <${String(itemTraits.xmlName ?? 'member')}>${flat}`;
      next = item;
    }
    const q = traits.ec2QueryName ? ` q:${String(traits.ec2QueryName)}` : '';
    console.log(`${indent}${member} => <${String(traits.xmlName ?? member)}>${extra}  (${label(t)})${q}`);
    if (depth > 0) show(next, `${indent}  `, depth - 1);
  });
}

const root = mod[`${name}$`];
if (!root) {
  console.error(`${client} has no schema ${name}$`);
  process.exit(1);
}
show(root, '', Number(depthArg ?? 1));
