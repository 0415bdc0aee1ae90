// A folder listing for the browser host's in-app file picker: folders and .json files only.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DirEntry, DirListing } from '../../../src/ipc/channels/files';
import { checkUserPath } from '../paths';

/** Most entries returned for one folder. */
export const MAX_ENTRIES = 2000;

/** Lists `dir` (default: the user's home folder); hidden entries are left out. */
export async function listDir(dir: string = os.homedir()): Promise<DirListing> {
  const bad = checkUserPath(dir);
  if (bad) throw new Error(bad);
  const abs = path.resolve(dir);
  const dirents = await fs.readdir(abs, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`${abs}: cannot list (${err.code ?? err.message})`);
  });
  const entries: DirEntry[] = [];
  for (const d of dirents) {
    if (d.name.startsWith('.')) continue;
    const full = path.join(abs, d.name);
    const isDir = d.isDirectory() || (d.isSymbolicLink() && (await fs.stat(full).then((s) => s.isDirectory(), () => false)));
    if (isDir) entries.push({ name: d.name, path: full, kind: 'dir' });
    else if (d.name.endsWith('.json') && (d.isFile() || d.isSymbolicLink())) entries.push({ name: d.name, path: full, kind: 'file' });
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1));
  const parent = path.dirname(abs);
  return { path: abs, parent: parent === abs ? null : parent, entries: entries.slice(0, MAX_ENTRIES) };
}
