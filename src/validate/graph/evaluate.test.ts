// The evaluator's shortcut (parts a failure cannot touch reuse their baseline outcome) must never change a result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../../testing/arbitrary';
import { crossVpc, fragile, multiRegion, reference } from '../../testing/validate-fixtures';
import { factsOf } from '../facts';
import { analyzeEntryPoint, entryPoints } from './analyze';
import { downFor, NOTHING_DOWN } from './down';
import { evalTarget, newCtx } from './evaluate';
import type { Design } from '../../model';

function same(d: Design): void {
  const f = factsOf(d);
  for (const ep of entryPoints(f)) {
    const base = newCtx(f, NOTHING_DOWN);
    evalTarget(base, ep);
    for (const dom of analyzeEntryPoint(f, ep).domains) {
      const slow = evalTarget(newCtx(f, downFor(f, dom), false), ep);
      const fast = evalTarget(newCtx(f, downFor(f, dom), false, base), ep);
      expect({ ok: fast.ok, rto: fast.rto, rpo: fast.rpo, path: fast.path, reason: fast.reason }).toEqual({ ok: slow.ok, rto: slow.rto, rpo: slow.rpo, path: slow.path, reason: slow.reason });
    }
  }
}

describe('evaluation shortcut', () => {
  it('gives the same outcome as a full evaluation on the templates', () => {
    for (const d of [reference(), multiRegion(), fragile(), crossVpc(1), crossVpc(2)]) same(d);
  });
  it('gives the same outcome as a full evaluation on random designs', () => {
    fc.assert(fc.property(arbitraryDesign, (d) => same(d)), { numRuns: 60 });
  });
});
