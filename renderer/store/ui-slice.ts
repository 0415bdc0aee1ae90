// The UI slice: panels, canvas options, dialogs, clipboard and toasts.
import type { StateCreator } from 'zustand';
import type { State, UiSlice } from './types';

let nextToast = 1;
const TOAST_MS = 5000;

export const createUiSlice: StateCreator<State, [], [], UiSlice> = (set, get) => ({
  minimap: true,
  snapToGrid: true,
  bottomOpen: true,
  bottomTab: undefined,
  toasts: [],
  dialog: null,
  clipboard: null,
  recent: [],
  host: undefined,
  setUi(patch) {
    set(patch);
  },
  toast(kind, text) {
    const id = nextToast++;
    // The same message twice in a row replaces the first rather than stacking.
    set({ toasts: [...get().toasts.filter((t) => t.text !== text).slice(-3), { id, kind, text }] });
    if (typeof window !== 'undefined') window.setTimeout(() => get().dismissToast(id), kind === 'error' ? TOAST_MS * 1.6 : TOAST_MS);
  },
  dismissToast(id) {
    if (get().toasts.some((t) => t.id === id)) set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
});
