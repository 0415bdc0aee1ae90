import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design } from '../../src/model';
import { applyPatch, diffDesign } from './design-sync';

function base(): Design {
  let d = emptyDesign('sync');
  for (const [kind, id, parent] of [['region', 'r'], ['vpc', 'v', 'r'], ['securityGroup', 'sg', 'v'], ['internetGateway', 'igw', 'v']] as const) {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent }) }]);
  }
  return d;
}

describe('design sync', () => {
  it('rebuilds the next design on the other side, reusing every unchanged node object', () => {
    const a = base();
    const copyA = applyPatch(undefined, JSON.parse(JSON.stringify(diffDesign(undefined, a))));
    expect(copyA).toEqual(a);
    const b = applyDesignChanges(a, [{ type: 'updateNode', id: 'sg', patch: { name: 'web' } }, { type: 'removeNode', id: 'igw' }, { type: 'updateDesign', patch: { name: 'Renamed' } }]);
    const patch = diffDesign(a, b);
    expect(patch.nodes.set.map((n) => n.id)).toEqual(['sg']);
    expect(patch.nodes.remove).toEqual(['igw']);
    const copyB = applyPatch(copyA, JSON.parse(JSON.stringify(patch)));
    expect(copyB).toEqual(b);
    expect(copyB.nodes[0]).toBe(copyA.nodes[0]);
    expect(copyB.nodes[1]).toBe(copyA.nodes[1]);
  });

  it('carries a changed order (undo re-inserts a node at its old index)', () => {
    const a = base();
    const b = applyDesignChanges(a, [{ type: 'removeNode', id: 'v' }]);
    const c = applyDesignChanges(b, [{ type: 'addNode', node: a.nodes[1]!, index: 1 }]);
    const copyB = applyPatch(applyPatch(undefined, diffDesign(undefined, a)), diffDesign(a, b));
    expect(applyPatch(copyB, diffDesign(b, c)).nodes.map((n) => n.id)).toEqual(['r', 'v', 'sg', 'igw']);
  });
});
