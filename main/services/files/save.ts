// Saving: only a valid design ever replaces a user's file, and only a regular file is replaced.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SaveResult } from '../../../src/ipc/channels/files';
import { parseDesign } from '../../../src/model/parse';
import { checkUserPath } from '../paths';
import { writeFileAtomic } from './atomic';
import { MAX_DESIGN_BYTES } from './read';

/** Where a write to `target` must really go: the file a symlink points at, after checking it is a regular file in an existing folder. */
export async function resolveWriteTarget(target: string): Promise<string> {
  const bad = checkUserPath(target);
  if (bad) throw new Error(bad);
  const existing = await fs.stat(target).catch(() => null);
  if (existing) {
    if (!existing.isFile()) throw new Error(`${path.basename(target)}: not a regular file`);
    return fs.realpath(target);
  }
  const dir = await fs.stat(path.dirname(target)).catch(() => null);
  if (!dir?.isDirectory()) throw new Error(`${path.dirname(target)}: no such folder`);
  return target;
}

/** Saves design text atomically, keeping the previous version as `<file>.bak`; refuses text that does not parse as a design. */
export async function saveDesignFile(target: string, text: string): Promise<SaveResult> {
  // A file this big could not be opened again.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DESIGN_BYTES) return { ok: false, error: `not saved: the design is ${(bytes / 1048576).toFixed(1)} MB, the limit is ${MAX_DESIGN_BYTES / 1048576} MB` };
  const parsed = parseDesign(text);
  if (!parsed.ok) {
    const { path: at, message, line } = parsed.problem;
    return { ok: false, error: `not saved, the design is invalid at ${at}${line ? ` (line ${line})` : ''}: ${message}` };
  }
  try {
    const real = await resolveWriteTarget(target);
    await writeFileAtomic(real, text, { backup: true });
    return { ok: true, path: target };
  } catch (err) {
    return { ok: false, error: `not saved: ${err instanceof Error ? err.message : String(err)}` };
  }
}
