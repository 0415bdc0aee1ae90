/** Reading a design from text: JSON syntax, migrations, schema, and referential integrity, with the JSON path of the first problem. */
import { designSchema, type Design } from './design';
import { migrate, MigrationError, type Migration, MIGRATIONS } from './migrations';
import { checkIntegrity } from './integrity';
import { jsonErrorLocation } from './json-position';

/** The first problem found in a design file: a JSON path (`$.nodes[3].cidr`), a message, and the line where known. */
export interface DesignProblem {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** Outcome of parsing a design. */
export type ParseResult = { readonly ok: true; readonly design: Design } | { readonly ok: false; readonly problem: DesignProblem };

/** Formats a path of keys and indexes as a JSON path such as `$.nodes[3].cidr`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`)).join('');
}

function syntaxProblem(text: string, err: unknown): DesignProblem {
  const message = err instanceof Error ? err.message : String(err);
  const at = text.length > 50_000_000 ? undefined : jsonErrorLocation(text);
  if (!at) return { path: '$', message: `not valid JSON: ${message}` };
  return { path: '$', message: `not valid JSON at line ${at.line}, column ${at.column}: ${message}`, line: at.line, column: at.column };
}

/** Validates an already-parsed value as a design (migrating older versions first). */
export function parseDesignValue(raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problem: { path: '$', message: 'expected a JSON object (an HA Architect design)' } };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw as Record<string, unknown>, migrations);
  } catch (err) {
    if (err instanceof MigrationError) return { ok: false, problem: { path: '$.schemaVersion', message: err.message } };
    throw err;
  }
  const result = designSchema.safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, problem: { path: jsonPath(issue.path), message: issue.message } };
  }
  const design = result.data as Design;
  const integrity = checkIntegrity(design);
  if (integrity) return { ok: false, problem: integrity };
  return { ok: true, design };
}

/** Parses design text (a `.ha.json` file). Never throws on bad input: returns the first problem. */
export function parseDesign(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: syntaxProblem(text, err) };
  }
  return parseDesignValue(raw, migrations);
}
