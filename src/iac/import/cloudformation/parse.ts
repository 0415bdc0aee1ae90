/** Reads CloudFormation template text (YAML with short tags, or JSON) into a plain object, with line and column on errors. */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { jsonErrorLocation } from '../../../model';
import { CFN_YAML_TAGS } from '../../cfn-tags';
import { ImportError, lineColumn } from '../errors';

/** A parsed template and a way to find where a path of keys sits in the text. */
export interface ParsedTemplate {
  readonly value: Record<string, unknown>;
  /** The line and column of the value at `path` (e.g. ["Resources", "Web", "Type"]), when known. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

const LIMIT = 50_000_000;

function document(text: string): Document | undefined {
  try {
    return parseDocument(text, { customTags: CFN_YAML_TAGS, uniqueKeys: false, prettyErrors: true, logLevel: 'silent' });
  } catch {
    return undefined;
  }
}

/** Parses template text; throws ImportError (with line and column) on malformed text or a top level that is not a mapping. */
export function parseTemplateText(text: string, file: string): ParsedTemplate {
  if (text.length > LIMIT) throw new ImportError({ file, message: `the file is larger than ${LIMIT / 1e6} MB` });
  const json = /^\s*\{/.test(text);
  let value: unknown;
  let doc: Document | undefined;
  if (json) {
    try {
      value = JSON.parse(text);
    } catch (err) {
      const at = jsonErrorLocation(text);
      throw new ImportError({ file, line: at?.line, column: at?.column, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  } else {
    doc = document(text);
    if (!doc) throw new ImportError({ file, message: 'not valid YAML' });
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      throw new ImportError({ file, line: pos?.line, column: pos?.col, message: `not valid YAML: ${error.message.split('\n')[0]}` });
    }
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      throw new ImportError({ file, message: `not valid YAML: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError({ file, line: 1, column: 1, message: 'expected a CloudFormation template (a mapping with a "Resources" section)' });
  }
  let located: Document | undefined | null = doc;
  return {
    value: value as Record<string, unknown>,
    locate(path) {
      // JSON is YAML too: build the positional document only when an error needs a line.
      if (located === undefined) located = document(text) ?? null;
      if (!located) return undefined;
      let node: unknown = located.contents;
      for (const key of path) {
        if (isMap(node)) node = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key)?.value;
        else if (isSeq(node) && typeof key === 'number') node = node.items[key];
        else return undefined;
      }
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      return range ? lineColumn(text, range[0]) : undefined;
    },
  };
}
