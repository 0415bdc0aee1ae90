// The validator, off the main thread: keeps its own copy of the design (patched, so identities survive) and the incremental validator.
import { createIncrementalValidator } from '../../src/validate';
import type { Design } from '../../src/model';
import { applyPatch, type DesignPatch } from './design-sync';

const validator = createIncrementalValidator();
let design: Design | undefined;

self.onmessage = (e: MessageEvent<{ seq: number; patch: DesignPatch; reset?: boolean }>) => {
  const { seq, patch, reset } = e.data;
  design = applyPatch(reset ? undefined : design, patch);
  try {
    const r = validator.run(design);
    self.postMessage({ seq, findings: r.findings, estimates: r.estimates });
  } catch (err) {
    self.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
};
