// Recently opened and saved files, newest first, persisted in the user-data folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic';

/** How many recent files are remembered. */
export const MAX_RECENT = 10;

function recentFile(home: string): string {
  return path.join(home, 'recent.json');
}

/** The recent files list (empty when none or unreadable). */
export async function readRecent(home: string): Promise<string[]> {
  try {
    const raw: unknown = JSON.parse(await fs.readFile(recentFile(home), 'utf8'));
    const files = (raw as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && path.isAbsolute(f)).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Puts `file` at the top of the recent list and returns the new list. */
export async function addRecent(home: string, file: string): Promise<string[]> {
  const list = [file, ...(await readRecent(home)).filter((f) => f !== file)].slice(0, MAX_RECENT);
  await fs.mkdir(home, { recursive: true });
  await writeFileAtomic(recentFile(home), JSON.stringify({ files: list }, null, 2) + '\n');
  return list;
}
