/** The one error importers throw: bad input, with the file and (where known) line and column. */

/** Where and why an input could not be imported. */
export interface ImportErrorInfo {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** Bad input to an importer: malformed text or an unexpected shape. Never anything else escapes an importer. */
export class ImportError extends Error implements ImportErrorInfo {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The message without the location prefix. */
  readonly reason: string;
  constructor(info: ImportErrorInfo) {
    super(`${info.file}${info.line !== undefined ? `:${info.line}${info.column !== undefined ? `:${info.column}` : ''}` : ''}: ${info.message}`);
    this.name = 'ImportError';
    this.file = info.file;
    this.line = info.line;
    this.column = info.column;
    this.reason = info.message;
  }

  /** The plain-data form (crosses IPC). */
  toInfo(): ImportErrorInfo {
    return { file: this.file, line: this.line, column: this.column, message: this.reason };
  }
}

/** The 1-based line and column of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: offset - last };
}
