// The UI slice: panels, canvas options, dialogs, clipboard and toasts. A few preferences (the bottom
// panel's height) are kept in localStorage so they survive a reload and, in Electron, a relaunch.
import type { StateCreator } from 'zustand';
import type { State, UiSlice } from './types';

let nextToast = 1;
const TOAST_MS = 5000;

/** Bottom panel height: the default, the smallest, and the largest share of the window it may take. */
export const BOTTOM_HEIGHT = { initial: 220, min: 120, maxShare: 0.7 } as const;

/** Where the UI preferences live in localStorage. */
export const PREFS_KEY = 'ha-architect:ui-prefs';

type Prefs = Partial<Pick<UiSlice, 'bottomHeight'>>;
const PERSISTED = ['bottomHeight'] as const;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (opaque origin, privacy settings): preferences just do not persist
  }
}

/** The window height the panel limits are relative to (a desktop-sized guess outside a browser). */
const windowHeight = () => (typeof window === 'undefined' ? 900 : window.innerHeight);

/** A bottom panel height kept between the minimum and the window share; non-numbers give the default. */
export function clampBottomHeight(h: unknown, viewport = windowHeight()): number {
  if (typeof h !== 'number' || !Number.isFinite(h)) return BOTTOM_HEIGHT.initial;
  const max = Math.max(BOTTOM_HEIGHT.min, Math.floor(viewport * BOTTOM_HEIGHT.maxShare));
  return Math.round(Math.min(max, Math.max(BOTTOM_HEIGHT.min, h)));
}

/** Reads the saved preferences; anything unreadable is ignored (defaults apply). */
export function loadPrefs(): Prefs {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(PREFS_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const h = (raw as Record<string, unknown>).bottomHeight;
    return typeof h === 'number' && Number.isFinite(h) ? { bottomHeight: clampBottomHeight(h) } : {};
  } catch {
    return {};
  }
}

function savePrefs(state: UiSlice): void {
  const prefs: Record<string, unknown> = {};
  for (const k of PERSISTED) prefs[k] = state[k];
  try { storage()?.setItem(PREFS_KEY, JSON.stringify(prefs)); } catch { /* full or disabled: not worth an error */ }
}

export const createUiSlice: StateCreator<State, [], [], UiSlice> = (set, get) => ({
  minimap: true,
  snapToGrid: true,
  bottomOpen: true,
  bottomTab: undefined,
  bottomHeight: BOTTOM_HEIGHT.initial,
  ...loadPrefs(),
  toasts: [],
  dialog: null,
  clipboard: null,
  recent: [],
  host: undefined,
  setUi(patch) {
    const next = patch.bottomHeight === undefined ? patch : { ...patch, bottomHeight: clampBottomHeight(patch.bottomHeight) };
    set(next);
    if (PERSISTED.some((k) => k in next)) savePrefs(get());
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
