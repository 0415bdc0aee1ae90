// Runs the validator as the design changes: debounced, in idle time, never on a stale design, results into the validation slice.
import type { Design } from '../../src/model';
import type { AppStore } from './index';
import type { Finding } from './types';

export interface Validator {
  run(design: Design): { readonly findings: readonly Finding[]; readonly estimates?: unknown };
}

export const VALIDATE_DEBOUNCE_MS = 150;

/** Subscribes the validator to design changes; returns the unsubscribe function. */
export function startValidation(store: AppStore, validator: Validator, debounceMs = VALIDATE_DEBOUNCE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    const design = store.getState().design;
    if (store.getState().validatedDesign === design) return;
    try {
      const result = validator.run(design);
      // Edited while running: a newer run is already scheduled.
      if (store.getState().design === design) store.getState().setValidation(design, result);
    } catch (err) {
      store.getState().setValidating(false);
      console.error('validator failed', err);
    }
  };
  const schedule = () => {
    store.getState().setValidating(true);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  const unsubscribe = store.subscribe((s, prev) => { if (s.design !== prev.design) schedule(); });
  schedule();
  return () => { unsubscribe(); if (timer !== undefined) clearTimeout(timer); };
}
