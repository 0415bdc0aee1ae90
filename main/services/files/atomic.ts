// Crash-safe writes: the new bytes go to a temp file in the same folder, are fsynced, and replace
// the target with one rename, so a reader sees the old file or the new one, never half of either.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Options of an atomic write. */
export interface AtomicWriteOptions {
  /** Keep the previous version as `<file>.bak` (itself replaced atomically). */
  readonly backup?: boolean;
}

async function writeTemp(dir: string, base: string, data: string | Uint8Array, mode: number): Promise<string> {
  const tmp = path.join(dir, `.${base}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await fs.open(tmp, 'wx', mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  return tmp;
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; not supported on every platform (Windows), which is fine.
  try {
    const fh = await fs.open(dir, 'r');
    try { await fh.sync(); } finally { await fh.close(); }
  } catch { /* best effort */ }
}

/** Writes `data` to `target` atomically (temp file + fsync + rename), optionally keeping the old version as `.bak`. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  const previous = await fs.stat(target).catch(() => null);
  const mode = previous ? previous.mode & 0o777 : 0o644;
  if (options.backup && previous?.isFile()) {
    const bakTmp = await writeTemp(dir, `${base}.bak`, await fs.readFile(target), mode);
    await fs.rename(bakTmp, `${target}.bak`);
  }
  const tmp = await writeTemp(dir, base, data, mode);
  try {
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
}
