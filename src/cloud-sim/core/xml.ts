/** A tiny XML writer for AWS responses: plain objects in, element text out. */

/** Marks a list whose items use a specific element name (default `item` for EC2, `member` for query). */
export class XmlList {
  constructor(readonly itemName: string, readonly items: readonly unknown[]) {}
}

/** Marks a flattened list: each item repeats the parent element name (no wrapper). */
export class XmlFlat {
  constructor(readonly items: readonly unknown[]) {}
}

/** Pre-rendered XML, written as is: for hot paths (10,000-instance Describe responses). */
export class XmlRaw {
  constructor(readonly xml: string) {}
}

/** `<name>escaped value</name>`, or '' when the value is undefined/null: the building block of XmlRaw renderers. */
export function tag(name: string, value: string | number | boolean | undefined | null): string {
  return value === undefined || value === null ? '' : `<${name}>${typeof value === 'string' ? escapeXml(value) : String(value)}</${name}>`;
}

/** A list rendered with a custom item element name. */
export const xmlList = (itemName: string, items: readonly unknown[]): XmlList => new XmlList(itemName, items);

/** A flattened list (`<Name>a</Name><Name>b</Name>`). */
export const xmlFlat = (items: readonly unknown[]): XmlFlat => new XmlFlat(items);

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>"']/g, (c) => ESC[c]!) : s;
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return escapeXml(v);
  if (v instanceof Date) return v.toISOString();
  return escapeXml(String(v));
}

/**
 * Writes `value` as `<name>…</name>`. Arrays become wrapped lists with
 * `defaultItem` children; objects become nested elements in key order;
 * null/undefined members are omitted (AWS omits absent fields).
 */
export function element(name: string, value: unknown, defaultItem: string): string {
  const out: string[] = [];
  writeElement(name, value, defaultItem, out);
  return out.join('');
}

/** Writes the children of an element (no wrapper). */
export function content(value: unknown, defaultItem: string): string {
  const out: string[] = [];
  writeContent(value, defaultItem, out);
  return out.join('');
}

// Parts go into one flat array joined once: large Describe responses (10,000
// instances) stay linear, where nested string concatenation degrades badly.
function writeElement(name: string, value: unknown, defaultItem: string, out: string[]): void {
  if (value === undefined || value === null) return;
  if (value instanceof XmlFlat) {
    for (const item of value.items) writeElement(name, item, defaultItem, out);
    return;
  }
  if (value instanceof XmlRaw) {
    out.push(`<${name}>${value.xml}</${name}>`);
    return;
  }
  if (typeof value !== 'object' || value instanceof Date) {
    out.push(`<${name}>${scalar(value)}</${name}>`);
    return;
  }
  out.push(`<${name}>`);
  writeContent(value, defaultItem, out);
  out.push(`</${name}>`);
}

function writeContent(value: unknown, defaultItem: string, out: string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || value instanceof Date) {
    out.push(scalar(value));
  } else if (value instanceof XmlRaw) {
    out.push(value.xml);
  } else if (value instanceof XmlList) {
    for (const item of value.items) writeElement(value.itemName, item, defaultItem, out);
  } else if (Array.isArray(value)) {
    for (const item of value) writeElement(defaultItem, item, defaultItem, out);
  } else {
    const obj = value as Record<string, unknown>;
    for (const k in obj) writeElement(k, obj[k], defaultItem, out);
  }
}

/** A full document: declaration plus a root element with an xmlns. */
export function xmlDocument(root: string, xmlns: string | undefined, body: string): string {
  const ns = xmlns ? ` xmlns="${escapeXml(xmlns)}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${ns}>${body}</${root}>`;
}
