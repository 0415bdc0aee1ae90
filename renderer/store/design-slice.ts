// The design slice: the model value (source of truth), its file path, and undo/redo of DesignChanges.
import type { StateCreator } from 'zustand';
import { applyDesignChanges, DesignChangeError, emptyDesign, invertChanges, randomSuffix } from '../../src/model';
import { pushEntry } from './history';
import type { DesignSlice, State } from './types';

let nextEntryId = 1;

function errorText(err: unknown): string {
  if (err instanceof DesignChangeError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

export const createDesignSlice: StateCreator<State, [], [], DesignSlice> = (set, get) => ({
  design: emptyDesign(`design-${randomSuffix()}`),
  savedHead: 0,
  path: undefined,
  past: [],
  future: [],

  apply(changes, options = {}) {
    if (changes.length === 0) return { ok: true };
    const before = get().design;
    let design;
    let inverse;
    try {
      design = applyDesignChanges(before, changes);
      inverse = invertChanges(before, changes);
    } catch (err) {
      const error = errorText(err);
      if (options.toastOnError !== false) get().toast('error', error);
      return { ok: false, error };
    }
    const entry = { id: nextEntryId++, label: options.label ?? 'Edit', changes, inverse, coalesceKey: options.coalesceKey, at: Date.now() };
    set({ design, past: pushEntry(get().past, entry), future: [] });
    pruneSelection(get, set, changes);
    return { ok: true };
  },

  undo() {
    const { past, future, design } = get();
    const entry = past[past.length - 1];
    if (!entry) return false;
    set({ design: applyDesignChanges(design, entry.inverse), past: past.slice(0, -1), future: [...future, entry] });
    pruneSelection(get, set, entry.inverse);
    return true;
  },

  redo() {
    const { past, future, design } = get();
    const entry = future[future.length - 1];
    if (!entry) return false;
    set({ design: applyDesignChanges(design, entry.changes), past: [...past, entry], future: future.slice(0, -1) });
    pruneSelection(get, set, entry.changes);
    return true;
  },

  load(design, path) {
    set({ design, path, past: [], future: [], savedHead: 0, selected: new Set() });
  },

  markSaved(path) {
    const top = get().past[get().past.length - 1];
    set({ path, savedHead: top?.id ?? 0 });
  },
});

/** Drops removed nodes and edges from the selection. */
function pruneSelection(get: () => State, set: (p: Partial<State>) => void, changes: readonly { type: string; id?: string }[]): void {
  const { selected } = get();
  if (selected.size === 0) return;
  const gone = changes.filter((c) => (c.type === 'removeNode' || c.type === 'removeEdge') && c.id !== undefined && selected.has(c.id));
  if (gone.length === 0) return;
  const next = new Set(selected);
  for (const c of gone) next.delete(c.id!);
  set({ selected: next });
}
