// Undo/redo bookkeeping: pure functions over the past/future stacks, so the store stays small.
import type { HistoryEntry } from './types';

export const HISTORY_LIMIT = 500;
const COALESCE_MS = 1500;

/** Pushes an entry, merging it into the previous one when both carry the same coalesce key and came close together. */
export function pushEntry(past: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = past[past.length - 1];
  if (last && entry.coalesceKey && last.coalesceKey === entry.coalesceKey && entry.at - last.at < COALESCE_MS) {
    const merged: HistoryEntry = { ...last, id: entry.id, changes: [...last.changes, ...entry.changes], inverse: [...entry.inverse, ...last.inverse], at: entry.at };
    return [...past.slice(0, -1), merged];
  }
  const next = [...past, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
