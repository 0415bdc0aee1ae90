// The autosave recovery copy: written while the user edits, removed on save or clean close, so one
// still present when the app starts means the last session ended abruptly.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RecoveryCopy } from '../../../src/ipc/channels/files';
import { writeFileAtomic } from './atomic';

function recoveryFile(home: string): string {
  return path.join(home, 'recovery', 'autosave.json');
}

/** Writes the recovery copy (atomically, so a crash mid-write leaves the previous copy). */
export async function writeRecovery(home: string, key: string, text: string, now = new Date()): Promise<void> {
  const file = recoveryFile(home);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const copy: RecoveryCopy = { key, text, savedAt: now.toISOString() };
  await writeFileAtomic(file, JSON.stringify(copy));
}

/** The recovery copy, or null when there is none (or it is unreadable). */
export async function readRecovery(home: string): Promise<RecoveryCopy | null> {
  try {
    const raw = JSON.parse(await fs.readFile(recoveryFile(home), 'utf8')) as Partial<RecoveryCopy>;
    if (typeof raw.key !== 'string' || typeof raw.text !== 'string' || typeof raw.savedAt !== 'string') return null;
    return { key: raw.key, text: raw.text, savedAt: raw.savedAt };
  } catch {
    return null;
  }
}

/** Removes the recovery copy; true when there was one. */
export async function discardRecovery(home: string): Promise<boolean> {
  try {
    await fs.unlink(recoveryFile(home));
    return true;
  } catch {
    return false;
  }
}
