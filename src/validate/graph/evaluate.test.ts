// The evaluator's shortcut (parts a failure cannot touch reuse their baseline outcome) must never change a result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../../testing/arbitrary';
import { crossVpc, fragile, multiRegion, reference } from '../../testing/validate-fixtures';
import { factsOf } from '../facts';
import { analyzeEntryPoint, entryPoints } from './analyze';
import { downFor, NOTHING_DOWN } from './down';
import { evalLb, evalTarget, newCtx } from './evaluate';
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

// A part's closure decides which failures re-evaluate it, so it must hold every node the part reads, even when a
// database outcome inside it was reused from an earlier part (its nodes are replayed) or a node was already collected.
function closuresComplete(d: Design): void {
  const f = factsOf(d);
  for (const ep of entryPoints(f)) {
    const base = newCtx(f, NOTHING_DOWN);
    evalTarget(base, ep);
    for (const [key, c] of base.closures) {
      if (!key.startsWith('lb:')) continue;
      const lb = f.node(key.slice(3));
      if (lb?.kind !== 'loadBalancer') continue;
      const fresh = newCtx(f, NOTHING_DOWN);
      evalLb(fresh, lb);
      const own = fresh.closures.get(key)!;
      expect({ key, ids: [...c.ids].sort(), zones: [...c.zones].sort(), regions: [...c.regions].sort() })
        .toEqual({ key, ids: [...own.ids].sort(), zones: [...own.zones].sort(), regions: [...own.regions].sort() });
    }
  }
}

describe('part closures', () => {
  it('hold every node their part reads on the templates', () => {
    for (const d of [reference(), multiRegion(), fragile(), crossVpc(1), crossVpc(2)]) closuresComplete(d);
  });
  it('hold every node their part reads on random designs', () => {
    fc.assert(fc.property(arbitraryDesign, (d) => closuresComplete(d)), { numRuns: 60 });
  });
});

describe('failure predicates', () => {
  it('a resource takes its descendants, an ASG loses one instance, an AZ and a region take what sits in them', () => {
    const d = reference();
    const f = factsOf(d);
    const sub = downFor(f, { type: 'resource', id: 'pub-a' });
    expect(d.nodes.filter((n) => sub.isDown(n.id)).map((n) => n.id).sort()).toEqual(['nat-a', 'pub-a']);
    const db = downFor(f, { type: 'resource', id: 'db-primary' });
    expect(d.nodes.filter((n) => db.isDown(n.id)).map((n) => n.id)).toEqual(['db-primary']);
    const asg = downFor(f, { type: 'resource', id: 'asg-app' });
    expect([asg.asgLoss, d.nodes.some((n) => asg.isDown(n.id))]).toEqual(['asg-app', false]);
    const az = downFor(f, { type: 'az', zone: 'us-east-1a' });
    expect(d.nodes.filter((n) => az.isDown(n.id)).every((n) => f.zone(n.id) === 'us-east-1a')).toBe(true);
    expect(az.isDown('db-primary') && !az.isDown('db-replica')).toBe(true);
    const region = downFor(f, { type: 'region', region: 'us-east-1' });
    expect(d.nodes.filter((n) => f.region(n.id) === 'us-east-1').every((n) => region.isDown(n.id))).toBe(true);
  });
});
