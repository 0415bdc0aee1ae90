/** A tiny XML writer for AWS responses: plain objects in, element text out. */

/** Marks a list whose items use a specific element name (default `item` for EC2, `member` for query). */
export class XmlList {
  constructor(readonly itemName: string, readonly items: readonly unknown[]) {}
}

/** Marks a flattened list: each item repeats the parent element name (no wrapper). */
export class XmlFlat {
  constructor(readonly items: readonly unknown[]) {}
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
 * null/undefined members are omitted (AWS omits absent fields). Built by
 * string concatenation: this is the hot path of large Describe responses.
 */
export function element(name: string, value: unknown, defaultItem: string): string {
  if (value === undefined || value === null) return '';
  if (value instanceof XmlFlat) {
    let out = '';
    for (const item of value.items) out += element(name, item, defaultItem);
    return out;
  }
  return `<${name}>${content(value, defaultItem)}</${name}>`;
}

/** Writes the children of an element (no wrapper). */
export function content(value: unknown, defaultItem: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object' || value instanceof Date) return scalar(value);
  let out = '';
  if (value instanceof XmlList) {
    for (const item of value.items) out += element(value.itemName, item, defaultItem);
  } else if (Array.isArray(value)) {
    for (const item of value) out += element(defaultItem, item, defaultItem);
  } else {
    const obj = value as Record<string, unknown>;
    for (const k in obj) out += element(k, obj[k], defaultItem);
  }
  return out;
}

/** A full document: declaration plus a root element with an xmlns. */
export function xmlDocument(root: string, xmlns: string | undefined, body: string): string {
  const ns = xmlns ? ` xmlns="${escapeXml(xmlns)}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${ns}>${body}</${root}>`;
}
