// The one renderer store (zustand), made of slices; components read it through narrow selectors.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createDesignSlice } from './design-slice';
import { createSelectionSlice } from './selection-slice';
import { createValidationSlice } from './validation-slice';
import { createHealthSlice, createProvisionSlice } from './live-slices';
import { createUiSlice } from './ui-slice';
import type { State } from './types';

export type AppStore = StoreApi<State>;

/** A fresh store (tests create their own; the app uses `appStore`). */
export function createAppStore(): AppStore {
  return createStore<State>()((...a) => ({
    ...createDesignSlice(...a),
    ...createSelectionSlice(...a),
    ...createValidationSlice(...a),
    ...createHealthSlice(...a),
    ...createProvisionSlice(...a),
    ...createUiSlice(...a),
  }));
}

export const appStore: AppStore = createAppStore();

/** Reads a narrow slice of the app store; re-renders only when the selected value changes. */
export function useApp<T>(selector: (s: State) => T): T {
  return useStore(appStore, selector);
}

/** True when the design has changes not saved to its file. */
export const selectDirty = (s: State): boolean => (s.past[s.past.length - 1]?.id ?? 0) !== s.savedHead;

export type { State } from './types';
