// Reading a design file for a CLI command: one place for the messages users' pipelines see on bad input.
import { readFileSync } from 'node:fs';
import { parseDesign, type Design } from '../model';
import { UsageError } from './command';

/** Reads and parses a design file, keeping its text (SARIF locates findings in it); problems are usage errors naming the file, line:column and JSON path. */
export function readDesignFile(file: string): { readonly text: string; readonly design: Design } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}`);
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) {
    const p = parsed.problem;
    throw new UsageError(`${file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.path}: ${p.message}`);
  }
  return { text, design: parsed.design };
}

/** Reads and parses a design file (see readDesignFile). */
export function loadDesignFile(file: string): Design {
  return readDesignFile(file).design;
}
