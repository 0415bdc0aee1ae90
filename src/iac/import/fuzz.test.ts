// A short fixed-seed fuzz run per importer (the 10,000-input run is bench/iac-fuzz.ts): only ImportErrors, no hang.
import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz.test-util';
import { fuzzTargets } from './fuzz-targets.test-util';

describe('importers under mutated input', async () => {
  const targets = await fuzzTargets();
  it.each(targets.map((t) => [t.name, t] as const))('%s: 150 inputs, no crash, no hang', async (_n, target) => {
    const r = await fuzz(target, 150, 20261126, 2000);
    expect(r.crashes.slice(0, 3)).toEqual([]);
    expect(r.hangs).toBe(0);
    expect(r.importErrors).toBeGreaterThan(0);
  }, 60_000);
});
