import { describe, expect, it } from 'vitest';
import { applyDesignChanges, emptyDesign, indexDesign, type Design } from '../../src/model';
import { planDrop, planMove, planResize } from './moves';
import { absoluteRects } from './geometry';

function drop(d: Design, kind: Parameters<typeof planDrop>[1], at: { x: number; y: number }, id: string): Design {
  const plan = planDrop(d, kind, at, id);
  if (!plan.ok) throw new Error(plan.reason);
  return applyDesignChanges(d, plan.changes);
}

/** region(0,0 900x600) ⊃ vpc ⊃ az ⊃ subnet, built by drops at the centre of each container. */
function nested(): Design {
  let d = drop(emptyDesign('t'), 'region', { x: 450, y: 300 }, 'r');
  const centre = (id: string) => { const r = absoluteRects(d).get(id)!; return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
  d = drop(d, 'vpc', centre('r'), 'v');
  d = drop(d, 'az', centre('v'), 'a');
  d = drop(d, 'subnet', centre('a'), 's');
  return drop(d, 'instance', centre('s'), 'i');
}

describe('planDrop', () => {
  it('nests region ⊃ VPC ⊃ AZ ⊃ subnet ⊃ instance, each in the innermost accepting container', () => {
    const idx = indexDesign(nested());
    expect(['v', 'a', 's', 'i'].map((id) => idx.byId.get(id)!.parent)).toEqual(['r', 'v', 'a', 's']);
  });

  it('places the node centred on the drop point, relative to its parent', () => {
    const d = nested();
    const r = absoluteRects(d);
    const s = r.get('s')!;
    const i = r.get('i')!;
    expect(Math.abs(i.x + i.width / 2 - (s.x + s.width / 2))).toBeLessThanOrEqual(8);
  });

  it('refuses an illegal drop with the model reason for the innermost container', () => {
    const d = nested();
    const vpc = absoluteRects(d).get('v')!;
    // A point inside the VPC but outside its AZ.
    const plan = planDrop(d, 'subnet', { x: vpc.x + vpc.width - 20, y: vpc.y + vpc.height - 20 }, 'x');
    expect(plan).toEqual({ ok: false, reason: 'A subnet cannot go in a VPC: place it inside an availability zone of a VPC.' });
    expect(planDrop(d, 'instance', { x: 5000, y: 5000 }, 'x').ok).toBe(false);
  });

  it('walks outward to an accepting container (a VPC dropped on an AZ lands in the region)', () => {
    const d = nested();
    const a = absoluteRects(d).get('a')!;
    const plan = planDrop(d, 'vpc', { x: a.x + 10, y: a.y + 10 }, 'v2');
    expect(plan.ok && plan.changes[0]).toMatchObject({ type: 'addNode', node: { parent: 'r' } });
  });
});

describe('planMove', () => {
  it('re-parents an instance dragged into another subnet, converting to the new parent coordinates', () => {
    let d = nested();
    const a = absoluteRects(d).get('a')!;
    d = drop(d, 'subnet', { x: a.x + 150, y: a.y + a.height - 60 }, 's2');
    const rs = absoluteRects(d);
    const s2 = rs.get('s2')!;
    const s = rs.get('s')!;
    // Position is relative to the old parent, as React Flow reports it.
    const plan = planMove(d, [{ id: 'i', position: { x: s2.x - s.x + 40, y: s2.y - s.y + 50 } }]);
    if (!plan.ok) throw new Error(plan.reason);
    const after = applyDesignChanges(d, plan.changes);
    const i = indexDesign(after).byId.get('i')!;
    expect(i.parent).toBe('s2');
    expect(i.position).toEqual({ x: 40, y: 50 });
    expect(absoluteRects(after).get('i')!.x).toBe(s2.x + 40);
  });

  it('refuses moving an instance out onto the VPC and changes nothing', () => {
    const d = nested();
    const plan = planMove(d, [{ id: 'i', position: { x: -2000, y: -2000 } }]);
    expect(plan.ok).toBe(false);
  });

  it('lets children ride with a moved parent and grows the parent to fit a child moved to its edge', () => {
    const d = nested();
    const plan = planMove(d, [{ id: 's', position: { x: 20, y: 50 } }, { id: 'i', position: { x: 999, y: 999 } }]);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.changes.filter((c) => c.type === 'updateNode' && c.id === 'i')).toEqual([]);
    const moved = planMove(d, [{ id: 'i', position: { x: 200, y: 60 } }]);
    if (!moved.ok) throw new Error(moved.reason);
    const after = applyDesignChanges(d, moved.changes);
    const idx = indexDesign(after);
    expect(idx.byId.get('s')!.size!.width).toBeGreaterThanOrEqual(200 + 160);
  });
});

describe('planResize', () => {
  it('never makes a container smaller than its contents, and keeps children in place when the top-left moves', () => {
    const d = nested();
    const s = indexDesign(d).byId.get('s')!;
    const i = indexDesign(d).byId.get('i')!;
    const plan = planResize(d, 's', { x: s.position.x + 10, y: s.position.y, width: 20, height: 20 });
    if (!plan.ok) throw new Error('refused');
    const after = applyDesignChanges(d, plan.changes);
    const rAfter = absoluteRects(after);
    expect(rAfter.get('i')!.x).toBe(absoluteRects(d).get('i')!.x);
    expect(rAfter.get('s')!.width).toBeGreaterThanOrEqual(i.position.x - 10 + 160);
  });
});
