// Health and provision slices: per-node live state written by bridge components (filled by later issues).
import type { StateCreator } from 'zustand';
import type { HealthSlice, ProvisionSlice, State } from './types';

function merged<V>(prev: ReadonlyMap<string, V>, updates: Readonly<Record<string, V | null>>): ReadonlyMap<string, V> {
  const next = new Map(prev);
  for (const [id, v] of Object.entries(updates)) {
    if (v === null) next.delete(id);
    else next.set(id, v);
  }
  return next;
}

export const createHealthSlice: StateCreator<State, [], [], HealthSlice> = (set, get) => ({
  health: new Map(),
  setHealth(updates) {
    set({ health: merged(get().health, updates) });
  },
});

export const createProvisionSlice: StateCreator<State, [], [], ProvisionSlice> = (set, get) => ({
  provision: new Map(),
  setProvision(updates) {
    set({ provision: merged(get().provision, updates) });
  },
});
