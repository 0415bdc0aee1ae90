/**
 * Writes a CloudFormation template as YAML with the short intrinsic tags
 * (!Ref, !GetAtt, !Sub, !Select …). A small dedicated writer: the general
 * `yaml` stringifier is several times slower on 10,000-resource templates.
 */

type V = unknown;

const INTRINSIC = (v: V): [string, V] | undefined => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const k = keys[0]!;
  if (k === 'Ref') return ['Ref', (v as Record<string, V>)[k]];
  if (k.startsWith('Fn::')) return [k.slice(4), (v as Record<string, V>)[k]];
  return undefined;
};

// Plain scalars YAML 1.1 and 1.2 readers both take as the same string.
const PLAIN = /^[A-Za-z_/$][A-Za-z0-9 _./:@$(){}<>=+,*-]*$/;
const AMBIGUOUS = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** A scalar as YAML: plain when unambiguous, else single- (or, with control characters, double-) quoted. */
export function scalar(v: V): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : `'${String(v)}'`;
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  const s = String(v);
  if (PLAIN.test(s) && !AMBIGUOUS.test(s) && !s.endsWith(' ') && !s.endsWith(':') && !/: | #/.test(s)) return s;
  if (hasControl(s)) return JSON.stringify(s);
  return `'${s.replace(/'/g, "''")}'`;
}

function isFlowable(v: V): boolean {
  if (!Array.isArray(v)) return false;
  return v.every((x) => (x === null || typeof x !== 'object') || (INTRINSIC(x) !== undefined && isInline(x)));
}

// An intrinsic that fits on one line: a scalar argument, or a flow list of such.
function isInline(v: V): boolean {
  const f = INTRINSIC(v);
  if (!f) return v === null || typeof v !== 'object';
  const [name, arg] = f;
  if (name === 'GetAtt' && Array.isArray(arg)) return true;
  return arg === null || typeof arg !== 'object' || isFlowable(arg);
}

function inline(v: V): string {
  const f = INTRINSIC(v);
  if (!f) return Array.isArray(v) ? `[ ${v.map(inline).join(', ')} ]` : scalar(v);
  const [name, arg] = f;
  if (name === 'GetAtt' && Array.isArray(arg)) return `!GetAtt ${arg.map(String).join('.')}`;
  return `!${name} ${Array.isArray(arg) ? `[ ${arg.map(inline).join(', ')} ]` : scalar(arg)}`;
}

function block(v: V, indent: string, out: string[], lead: string): void {
  // `lead` is what precedes the value on its first line ("Key:" or "-").
  if (isInline(v) && !Array.isArray(v) && (v === null || typeof v !== 'object' || INTRINSIC(v))) {
    out.push(`${lead} ${inline(v)}`);
    return;
  }
  const f = INTRINSIC(v);
  if (f) {
    out.push(`${lead} !${f[0]}`);
    block(f[1], indent, out, '');
    return;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) { out.push(`${lead} []`); return; }
    if (lead) out.push(lead);
    for (const item of v) seqItem(item, indent, out);
    return;
  }
  const entries = Object.entries(v as Record<string, V>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) { out.push(`${lead} {}`); return; }
  if (lead) out.push(lead);
  for (const [k, x] of entries) block(x, indent + '  ', out, `${indent}${scalar(k)}:`);
}

function seqItem(item: V, indent: string, out: string[]): void {
  if (item !== null && typeof item === 'object' && !Array.isArray(item) && !INTRINSIC(item)) {
    const entries = Object.entries(item as Record<string, V>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) { out.push(`${indent}- {}`); return; }
    const start = out.length;
    for (const [k, x] of entries) block(x, indent + '    ', out, `${indent}  ${scalar(k)}:`);
    // The first key goes on the dash line.
    out[start] = `${indent}- ${out[start]!.slice(indent.length + 2)}`;
    return;
  }
  if (Array.isArray(item) && !isFlowable(item)) {
    out.push(`${indent}-`);
    for (const x of item) seqItem(x, indent + '  ', out);
    return;
  }
  const f = INTRINSIC(item);
  if (f && !isInline(item)) {
    out.push(`${indent}- !${f[0]}`);
    block(f[1], indent + '    ', out, '');
    return;
  }
  out.push(`${indent}- ${Array.isArray(item) ? inline(item) : inline(item)}`);
}

/** Renders a template object as YAML, with `comment` lines at the top. */
export function renderTemplateYaml(template: Record<string, unknown>, comment?: string): string {
  const out: string[] = comment ? comment.split('\n').map((l) => `# ${l}`.trimEnd()) : [];
  for (const [k, v] of Object.entries(template)) {
    if (v === undefined) continue;
    // YAML 1.1 readers take an unquoted 2010-09-09 for a date; CloudFormation wants the string.
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(`${k}: '${v}'`);
    else block(v, '  ', out, `${scalar(k)}:`);
  }
  return out.join('\n') + '\n';
}
