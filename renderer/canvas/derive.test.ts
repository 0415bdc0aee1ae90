import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design } from '../../src/model';
import { deriveEdges, deriveNodes, edgeLabel, orderedNodes } from './derive';

function design(): Design {
  let d = emptyDesign('t');
  const add = (kind: Parameters<typeof createNode>[1], id: string, parent?: string) => {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent }) }]);
  };
  add('region', 'r'); add('vpc', 'v', 'r'); add('loadBalancer', 'lb', 'v'); add('targetGroup', 'tg', 'v');
  d = applyDesignChanges(d, [{ type: 'addEdge', edge: { id: 'e', kind: 'traffic', source: 'lb', target: 'tg', listener: { protocol: 'HTTP', port: 80 } } }]);
  return d;
}

describe('derive', () => {
  it('re-creates only the RF node whose model node changed', () => {
    const d1 = design();
    const a = deriveNodes(d1, new Set());
    const d2 = applyDesignChanges(d1, [{ type: 'updateNode', id: 'lb', patch: { name: 'Front' } }]);
    const b = deriveNodes(d2, new Set());
    expect(b.filter((n, i) => n !== a[i]).map((n) => n.id)).toEqual(['lb']);
    const c = deriveNodes(d2, new Set(['tg']));
    expect(c.filter((n, i) => n !== b[i]).map((n) => n.id)).toEqual(['tg']);
    expect(c.find((n) => n.id === 'tg')!.selected).toBe(true);
  });

  it('puts parents before children even when the model lists a child first', () => {
    const d = design();
    const shuffled = { ...d, nodes: [...d.nodes].reverse() };
    const ids = orderedNodes(shuffled).map((n) => n.id);
    expect(ids.indexOf('r')).toBeLessThan(ids.indexOf('v'));
    expect(ids.indexOf('v')).toBeLessThan(ids.indexOf('lb'));
  });

  it('gives nodes known sizes, handles and parentId; edges a kind style and a label', () => {
    const d = design();
    const lb = deriveNodes(d, new Set()).find((n) => n.id === 'lb')!;
    expect(lb).toMatchObject({ parentId: 'v', type: 'resource', width: 160, height: 64 });
    expect(lb.handles).toHaveLength(2);
    const [e] = deriveEdges(d, new Set());
    expect(e).toMatchObject({ source: 'lb', target: 'tg', type: 'design' });
    expect(edgeLabel(e!.data!.edge)).toBe('HTTP:80');
  });
});
