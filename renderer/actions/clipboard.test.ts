import { describe, expect, it } from 'vitest';
import { applyDesignChanges, checkIntegrity, createNode, emptyDesign, indexDesign, type Design } from '../../src/model';
import { copySelection, pasteChanges } from './clipboard';

function design(): Design {
  let d = emptyDesign('clip');
  const add = (kind: Parameters<typeof createNode>[1], id: string, parent?: string) => {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent }) }]);
  };
  add('region', 'r'); add('vpc', 'v', 'r'); add('az', 'a', 'v'); add('subnet', 's', 'a'); add('securityGroup', 'sg', 'v');
  add('instance', 'i', 's'); add('database', 'db', 's'); add('targetGroup', 'tg', 'v');
  return applyDesignChanges(d, [
    { type: 'updateNode', id: 'i', patch: { securityGroupIds: ['sg'] } },
    { type: 'addEdge', edge: { id: 'e1', kind: 'dependency', source: 'i', target: 'db', endpoint: 'writer' } },
    { type: 'addEdge', edge: { id: 'e2', kind: 'traffic', source: 'tg', target: 'i' } },
  ]);
}

let n = 0;
const fresh = (old: string) => `${old}-copy${++n}`;

describe('copy and paste', () => {
  it('copies a container with its contents and only the edges inside the copied set', () => {
    const clip = copySelection(design(), ['s'])!;
    expect(clip.nodes.map((x) => x.id).sort()).toEqual(['db', 'i', 's']);
    expect(clip.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('pastes with new ids, remapped parents, references and edges, offset, and a valid result', () => {
    const d = design();
    const clip = copySelection(d, ['s'])!;
    const r = pasteChanges(d, clip, fresh, 24);
    if (!r.ok) throw new Error(r.reason);
    const after = applyDesignChanges(d, r.changes);
    expect(checkIntegrity(after)).toBeUndefined();
    const idx = indexDesign(after);
    const [root] = r.ids;
    const s2 = idx.byId.get(root!)!;
    expect(s2.parent).toBe('a');
    expect(s2.position).toEqual({ x: d.nodes[3]!.position.x + 24, y: d.nodes[3]!.position.y + 24 });
    const kids = idx.children(root!);
    expect(kids.map((k) => k.kind).sort()).toEqual(['database', 'instance']);
    const i2 = kids.find((k) => k.kind === 'instance')!;
    // A reference outside the copied set (the security group) is kept; the DB subnet group follows the copy.
    expect(i2).toMatchObject({ securityGroupIds: ['sg'] });
    expect(kids.find((k) => k.kind === 'database')).toMatchObject({ subnetIds: [root] });
    const e = idx.outgoing(i2.id);
    expect(e).toHaveLength(1);
    expect(e[0]!.target).toBe(kids.find((k) => k.kind === 'database')!.id);
  });

  it('refuses to paste where the placement rules forbid (the original container is gone)', () => {
    const d = design();
    const clip = copySelection(d, ['i'])!;
    const without = applyDesignChanges(d, [{ type: 'removeEdge', id: 'e1' }, { type: 'removeEdge', id: 'e2' }, { type: 'removeNode', id: 'i' }, { type: 'removeNode', id: 'db' }, { type: 'removeNode', id: 's' }]);
    const r = pasteChanges(without, clip, fresh, 24);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/place it inside a subnet/) });
  });
});
