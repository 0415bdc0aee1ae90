// The selection slice: which nodes and edges are selected (the canvas, inspector and actions read it).
import type { StateCreator } from 'zustand';
import type { SelectionSlice, State } from './types';

export const createSelectionSlice: StateCreator<State, [], [], SelectionSlice> = (set, get) => ({
  selected: new Set(),
  select(ids, mode = 'replace') {
    const prev = get().selected;
    const next = mode === 'replace' ? new Set<string>() : new Set(prev);
    for (const id of ids) {
      if (mode === 'remove' || (mode === 'toggle' && prev.has(id))) next.delete(id);
      else next.add(id);
    }
    if (next.size === prev.size && [...next].every((id) => prev.has(id))) return;
    set({ selected: next });
  },
  clearSelection() {
    if (get().selected.size) set({ selected: new Set() });
  },
});
