import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design, type DesignNode, type NodeKind } from '../model';
import { layoutDesign } from './layout';
import { nodeSize } from './sizes';

function build(): Design {
  let d = emptyDesign('layout-test');
  const add = (kind: NodeKind, id: string, parent?: string) => {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent, position: { x: 0, y: 0 } }) }]);
  };
  add('dnsRecord', 'dns');
  add('region', 'r1');
  add('vpc', 'vpc', 'r1');
  add('loadBalancer', 'lb', 'vpc');
  add('targetGroup', 'tg', 'vpc');
  for (const z of ['a', 'b']) {
    add('az', `az-${z}`, 'vpc');
    add('subnet', `sn-${z}`, `az-${z}`);
    add('instance', `i-${z}1`, `sn-${z}`);
    add('instance', `i-${z}2`, `sn-${z}`);
  }
  d = applyDesignChanges(d, [
    { type: 'addEdge', edge: { id: 'e1', kind: 'traffic', source: 'dns', target: 'lb' } },
    { type: 'addEdge', edge: { id: 'e2', kind: 'traffic', source: 'lb', target: 'tg' } },
    { type: 'addEdge', edge: { id: 'e3', kind: 'traffic', source: 'tg', target: 'i-a1' } },
    { type: 'addEdge', edge: { id: 'e4', kind: 'traffic', source: 'tg', target: 'i-b1' } },
  ]);
  return d;
}

type Rect = { x: number; y: number; w: number; h: number };
const rect = (n: DesignNode): Rect => ({ x: n.position.x, y: n.position.y, w: nodeSize(n).width, h: nodeSize(n).height });
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function checkLayout(d: Design, parents: readonly (string | undefined)[] = [undefined, ...d.nodes.map((n) => n.id)]) {
  const index = indexDesign(d);
  for (const parentId of parents) {
    const kids = index.children(parentId).map(rect);
    const parent = parentId ? index.byId.get(parentId) : undefined;
    for (const [i, k] of kids.entries()) {
      if (parent) {
        // Every child lies inside its container, below the header.
        expect(k.x).toBeGreaterThanOrEqual(0);
        expect(k.y).toBeGreaterThanOrEqual(40);
        expect(k.x + k.w).toBeLessThanOrEqual(nodeSize(parent).width);
        expect(k.y + k.h).toBeLessThanOrEqual(nodeSize(parent).height);
      }
      for (const other of kids.slice(i + 1)) expect(overlaps(k, other)).toBe(false);
    }
  }
}

describe('layoutDesign', () => {
  it('places every child inside its container without overlapping siblings (layered)', async () => {
    const before = build();
    const changes = await layoutDesign(before);
    expect(changes.every((c) => c.type === 'updateNode')).toBe(true);
    checkLayout(applyDesignChanges(before, changes));
  });

  it('does the same with the packing fallback used for huge designs', async () => {
    const before = build();
    const after = applyDesignChanges(before, await layoutDesign(before, { maxLayeredNodes: 0 }));
    checkLayout(after);
  });

  it('is deterministic and idempotent', async () => {
    const before = build();
    const once = applyDesignChanges(before, await layoutDesign(before));
    expect(await layoutDesign(before)).toEqual(await layoutDesign(before));
    expect(await layoutDesign(once)).toEqual([]);
  });

  it('keeps a sub-tree root in place when laying out only its contents', async () => {
    const before = applyDesignChanges(build(), [{ type: 'updateNode', id: 'vpc', patch: { position: { x: 77, y: 55 } } }]);
    const changes = await layoutDesign(before, { roots: ['vpc'] });
    const after = applyDesignChanges(before, changes);
    expect(indexDesign(after).byId.get('vpc')!.position).toEqual({ x: 77, y: 55 });
    // The region only grows to hold the re-laid-out VPC.
    checkLayout(after, ['r1', 'vpc', 'az-a', 'az-b', 'sn-a', 'sn-b']);
  });
});
