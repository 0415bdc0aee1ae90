/** A small HCL writer: blocks, attributes and expressions, formatted the way `terraform fmt` would (aligned "="). */

/** A raw HCL expression such as `aws_vpc.shop.id` or `var.azs[0]` (written as is, unquoted). */
export class Expr {
  constructor(readonly text: string) {}
}

/** Shorthand for a raw expression. */
export const expr = (text: string): Expr => new Expr(text);

/** A value of an HCL attribute. */
export type HclValue = string | number | boolean | null | Expr | readonly HclValue[] | { readonly [key: string]: HclValue };

/** One item of a block body. */
export type HclItem =
  | { readonly attr: string; readonly value: HclValue }
  | HclBlock
  | { readonly comment: string };

/** A block: `type "label" "label" { body }`. */
export interface HclBlock {
  readonly block: string;
  readonly labels: readonly string[];
  readonly body: readonly HclItem[];
}

/** Builds a block. */
export function block(type: string, labels: readonly string[], body: readonly (HclItem | undefined | false)[]): HclBlock {
  return { block: type, labels, body: body.filter((i): i is HclItem => !!i) };
}

/** Builds an attribute; undefined values produce no attribute. */
export function attr(name: string, value: HclValue | undefined): HclItem | undefined {
  return value === undefined ? undefined : { attr: name, value };
}

/** Quotes a string as an HCL template literal (escaping interpolation markers). */
export function quote(s: string): string {
  if (!/[\\"\n\r\t${%]/.test(s)) return `"${s}"`;
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{') + '"';
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function value(v: HclValue, indent: string): string {
  if (v instanceof Expr) return v.text;
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${(v as readonly HclValue[]).map((x) => value(x, indent)).join(', ')}]`;
  const entries = Object.entries(v as Record<string, HclValue>);
  if (entries.length === 0) return '{}';
  const keys = entries.map(([k]) => (IDENT.test(k) ? k : quote(k)));
  const width = Math.max(...keys.map((k) => k.length));
  const inner = indent + '  ';
  return `{\n${entries.map(([, x], i) => `${inner}${keys[i]!.padEnd(width)} = ${value(x, inner)}`).join('\n')}\n${indent}}`;
}

function body(items: readonly HclItem[], indent: string): string[] {
  const lines: string[] = [];
  let group: { name: string; text: string }[] = [];
  const flush = () => {
    // terraform fmt aligns "=" within a run of single-line attributes.
    const width = Math.max(0, ...group.filter((g) => !g.text.includes('\n')).map((g) => g.name.length));
    for (const g of group) lines.push(`${indent}${g.text.includes('\n') ? g.name : g.name.padEnd(width)} = ${g.text}`);
    group = [];
  };
  items.forEach((item, i) => {
    if ('attr' in item) {
      const text = value(item.value, indent);
      if (text.includes('\n') && group.length) flush();
      group.push({ name: item.attr, text });
      if (text.includes('\n')) flush();
      return;
    }
    flush();
    if ('comment' in item) {
      lines.push(...item.comment.split('\n').map((l) => `${indent}# ${l}`.trimEnd()));
      return;
    }
    if (i > 0 && lines.length && lines[lines.length - 1] !== '') lines.push('');
    lines.push(...renderBlock(item, indent));
    if (i < items.length - 1) lines.push('');
  });
  flush();
  return lines;
}

function renderBlock(b: HclBlock, indent: string): string[] {
  const head = [b.block, ...b.labels.map(quote)].join(' ');
  if (b.body.length === 0) return [`${indent}${head} {}`];
  return [`${indent}${head} {`, ...body(b.body, indent + '  '), `${indent}}`];
}

/** Renders top-level items (blocks and comments) as an HCL file, blank line between blocks, trailing newline. */
export function renderHcl(items: readonly HclItem[]): string {
  const out: string[] = [];
  for (const item of items) {
    if (out.length) out.push('');
    if ('comment' in item) out.push(...item.comment.split('\n').map((l) => `# ${l}`.trimEnd()));
    else if ('attr' in item) out.push(`${item.attr} = ${value(item.value, '')}`);
    else out.push(...renderBlock(item, ''));
  }
  return out.join('\n') + '\n';
}
