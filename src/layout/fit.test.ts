import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design } from '../model';
import { growToFit } from './fit';
import { CONTAINER_PADDING, RESOURCE_NODE_SIZE } from './sizes';

function nested(): Design {
  let d = emptyDesign('fit');
  for (const [kind, id, parent] of [['region', 'r'], ['vpc', 'v', 'r'], ['az', 'a', 'v'], ['subnet', 's', 'a'], ['instance', 'i', 's']] as const) {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent, position: { x: 10, y: 50 } }) }]);
  }
  return d;
}

describe('growToFit', () => {
  it('grows every ancestor, innermost first, so the moved child fits', () => {
    const d = applyDesignChanges(nested(), [{ type: 'updateNode', id: 'i', patch: { position: { x: 2000, y: 1500 } } }]);
    const after = applyDesignChanges(d, growToFit(d, ['i']));
    const idx = indexDesign(after);
    const subnet = idx.byId.get('s')!;
    expect(subnet.size).toEqual({ width: 2000 + RESOURCE_NODE_SIZE.width + CONTAINER_PADDING.right, height: 1500 + RESOURCE_NODE_SIZE.height + CONTAINER_PADDING.bottom });
    for (const [outer, inner] of [['a', 's'], ['v', 'a'], ['r', 'v']]) {
      const o = idx.byId.get(outer)!;
      const n = idx.byId.get(inner)!;
      expect(o.size!.width).toBeGreaterThanOrEqual(n.position.x + n.size!.width);
      expect(o.size!.height).toBeGreaterThanOrEqual(n.position.y + n.size!.height);
    }
  });

  it('never shrinks a container that is already big enough', () => {
    const d = applyDesignChanges(nested(), [{ type: 'updateNode', id: 'i', patch: { position: { x: 20, y: 40 } } }]);
    expect(growToFit(d, ['i'])).toEqual([]);
  });
});
