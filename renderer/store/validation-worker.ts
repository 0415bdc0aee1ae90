// Runs validation in a Web Worker as the design changes (debounced), so a 10,000-resource design never blocks editing.
import type { Design } from '../../src/model';
import { diffDesign } from './design-sync';
import type { AppStore } from './index';
import type { Finding } from './types';
import { VALIDATE_DEBOUNCE_MS } from './validation-runner';

type Reply = { seq: number; findings: readonly Finding[]; estimates: unknown } | { seq: number; error: string };

/** Starts the worker and keeps the validation slice up to date; returns a stop function. */
export function startValidationWorker(store: AppStore): () => void {
  const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  let sent: Design | undefined;
  let seq = 0;
  let inFlight: { seq: number; design: Design } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = () => {
    timer = undefined;
    const design = store.getState().design;
    if (inFlight || design === sent) return;
    const reset = sent === undefined;
    const patch = diffDesign(sent, design);
    sent = design;
    inFlight = { seq: ++seq, design };
    worker.postMessage({ seq, patch, reset });
  };
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const done = inFlight;
    inFlight = undefined;
    if (!done || e.data.seq !== done.seq) return;
    if ('error' in e.data) { console.error('validator failed:', e.data.error); store.getState().setValidating(false); }
    else store.getState().setValidation(done.design, { findings: e.data.findings, estimates: e.data.estimates });
    // Edited while it ran: validate the newest design next.
    if (store.getState().design !== sent) schedule();
  };
  worker.onerror = (e) => { console.error('validator worker:', e.message); inFlight = undefined; store.getState().setValidating(false); };
  const schedule = () => {
    store.getState().setValidating(true);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(send, VALIDATE_DEBOUNCE_MS);
  };
  const unsubscribe = store.subscribe((s, prev) => { if (s.design !== prev.design) schedule(); });
  schedule();
  return () => { unsubscribe(); if (timer !== undefined) clearTimeout(timer); worker.terminate(); };
}
