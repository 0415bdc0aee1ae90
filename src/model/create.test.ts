import { describe, expect, it } from 'vitest';
import { indexDesign, zoneOf, regionOf } from './query';
import { smallDesign } from './fixtures.test-util';
import { parseDesignValue } from './parse';
import { NODE_KINDS } from './node';
import { createNode } from './create';
import type { NodeOf } from './node';

describe('createNode defaults', () => {
  it('gives free CIDRs and the next zone letter', () => {
    const d = smallDesign();
    const idx = indexDesign(d);
    expect((idx.byId.get('v1') as NodeOf<'vpc'>).cidr).toBe('10.0.0.0/16');
    expect((idx.byId.get('s1') as NodeOf<'subnet'>).cidr).toBe('10.0.0.0/24');
    expect((idx.byId.get('s2') as NodeOf<'subnet'>).cidr).toBe('10.0.1.0/24');
    expect(zoneOf(idx, 'i1')).toBe('us-east-1a');
    expect(zoneOf(idx, 'i2')).toBe('us-east-1b');
    expect(regionOf(idx, 'i2')).toBe('us-east-1');
  });

  it('produces schema-valid nodes of every kind', () => {
    const d = smallDesign();
    const idx = indexDesign(d);
    for (const kind of NODE_KINDS) {
      const node = createNode(idx, kind, { id: `new-${kind}` });
      const r = parseDesignValue({ ...d, nodes: [...d.nodes, node] });
      expect(r.ok, `${kind}: ${r.ok ? '' : r.problem.message}`).toBe(true);
    }
  });
});
