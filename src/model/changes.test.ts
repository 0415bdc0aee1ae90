import { describe, expect, it } from 'vitest';
import { applyDesignChanges, DesignChangeError, invertChanges, type DesignChange } from './changes';
import { smallDesign } from './fixtures.test-util';
import { removalChanges } from './removal';
import { indexDesign } from './query';
import { serializeDesign } from './serialize';

describe('applyDesignChanges', () => {
  it('applies updates without touching the input (immutability)', () => {
    const d = smallDesign();
    const before = serializeDesign(d);
    const next = applyDesignChanges(d, [{ type: 'updateNode', id: 'i1', patch: { instanceType: 'm5.large' } }]);
    expect(serializeDesign(d)).toBe(before);
    expect(next.nodes.find((n) => n.id === 'i1')).toMatchObject({ instanceType: 'm5.large' });
    expect(next.nodes.find((n) => n.id === 'i2')).toBe(d.nodes.find((n) => n.id === 'i2'));
  });

  it('rejects invalid changes with a reason and changes nothing', () => {
    const d = smallDesign();
    expect(() => applyDesignChanges(d, [{ type: 'updateNode', id: 'nope', patch: {} }])).toThrow(/no node "nope"/);
    expect(() => applyDesignChanges(d, [{ type: 'updateNode', id: 'v1', patch: { kind: 'subnet' } }])).toThrow(DesignChangeError);
    expect(() => applyDesignChanges(d, [{ type: 'updateNode', id: 'lb', patch: { type: 'gateway' } }])).toThrow(/updateNode lb: type/);
    expect(() => applyDesignChanges(d, [{ type: 'addNode', node: d.nodes[0]! }])).toThrow(/already used/);
    expect(() => applyDesignChanges(d, [{ type: 'addEdge', edge: { id: 'e1', kind: 'traffic', source: 'lb', target: 'ghost' } }])).toThrow(/no node "ghost"/);
  });

  it('inverts every change type so undo restores the exact design', () => {
    const d = smallDesign();
    const changes: DesignChange[] = [
      { type: 'addEdge', edge: { id: 'e1', kind: 'traffic', source: 'lb', target: 'tg', listener: { protocol: 'HTTP', port: 80 } } },
      { type: 'updateEdge', id: 'e1', patch: { listener: { protocol: 'HTTPS', port: 443 } } },
      { type: 'updateNode', id: 'i1', patch: { role: 'nginx proxy', notes: 'edge' } },
      { type: 'updateDesign', patch: { name: 'Renamed', objectives: { availabilityTarget: 99.9, rtoSeconds: { az: 300 }, rpoSeconds: {} } } },
      { type: 'removeNode', id: 'i2' },
    ];
    const after = applyDesignChanges(d, changes);
    const undo = invertChanges(d, changes);
    expect(serializeDesign(applyDesignChanges(after, undo))).toBe(serializeDesign(d));
    expect(serializeDesign(applyDesignChanges(applyDesignChanges(after, undo), changes))).toBe(serializeDesign(after));
  });

  it('removes a container with its descendants, edges and dangling references, undoably', () => {
    let d = smallDesign();
    d = applyDesignChanges(d, [
      { type: 'addEdge', edge: { id: 'e1', kind: 'traffic', source: 'tg', target: 'i2' } },
    ]);
    const changes = removalChanges(indexDesign(d), ['a2']);
    const after = applyDesignChanges(d, changes);
    const ids = after.nodes.map((n) => n.id);
    expect(ids).not.toContain('s2');
    expect(ids).not.toContain('i2');
    expect(after.edges).toHaveLength(0);
    expect(after.nodes.find((n) => n.id === 'lb')).toMatchObject({ subnetIds: ['s1'] });
    const undone = applyDesignChanges(after, invertChanges(d, changes));
    expect(serializeDesign(undone)).toBe(serializeDesign(d));
  });
});
