// Opening a design file the user named, defensively: whatever is at the path (a huge file, a binary,
// a device behind a symlink, a FIFO, bad JSON, a wrong schema) comes back as a problem with a JSON
// path, and the file is only ever read.
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { OpenResult } from '../../../src/ipc/channels/files';
import { parseDesign, type DesignProblem } from '../../../src/model/parse';
import { checkUserPath } from '../paths';

/** Largest design file accepted on open. */
export const MAX_DESIGN_BYTES = 20 * 1024 * 1024;

/** Reads a text file safely: regular file only, size-capped, UTF-8 without NUL bytes. Throws a readable Error otherwise. */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  const bad = checkUserPath(file);
  if (bad) throw new Error(bad);
  const name = path.basename(file);
  const before = await fs.stat(file).catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === 'ENOENT' ? `${name}: no such file` : `${name}: cannot read (${err.code ?? err.message})`);
  });
  if (!before.isFile()) throw new Error(`${name}: not a regular file`);
  // O_NONBLOCK: if the path was swapped for a FIFO after the stat, open must not hang.
  const fh = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error(`${name}: not a regular file`);
    if (st.size > maxBytes) throw new Error(`${name}: file is ${(st.size / 1048576).toFixed(1)} MB, the limit is ${maxBytes / 1048576} MB`);
    const buf = Buffer.alloc(st.size);
    const { bytesRead } = await fh.read(buf, 0, st.size, 0);
    const bytes = buf.subarray(0, bytesRead);
    if (bytes.includes(0)) throw new Error(`${name}: binary file, not a design (.ha.json is UTF-8 JSON text)`);
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new Error(`${name}: not UTF-8 text`);
    }
  } finally {
    await fh.close();
  }
}

/** Opens a design file: its text when it parses as a design, else the first problem (never the file's contents). */
export async function readDesignFile(file: string): Promise<OpenResult> {
  let text: string;
  try {
    text = await readTextFile(file, MAX_DESIGN_BYTES);
  } catch (err) {
    const problem: DesignProblem = { path: '$', message: err instanceof Error ? err.message : String(err) };
    return { ok: false, path: file, problem };
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) return { ok: false, path: file, problem: parsed.problem };
  return { ok: true, path: file, text };
}
