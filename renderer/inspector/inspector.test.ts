import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, nodeSchema, NODE_KINDS, type Design } from '../../src/model';
import { checkCidr } from './checks';
import { getIn, patchFor } from './paths';
import { COMMON_FIELDS, NODE_FIELDS } from './specs';

function design(): Design {
  let d = emptyDesign('insp');
  const add = (kind: Parameters<typeof createNode>[1], id: string, parent?: string) => {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent }) }]);
  };
  add('region', 'r'); add('vpc', 'v', 'r'); add('az', 'a', 'v'); add('subnet', 's1', 'a'); add('subnet', 's2', 'a');
  return d;
}

describe('inspector checks', () => {
  it('flags CIDR syntax, a subnet outside its VPC, and overlap with a sibling subnet', () => {
    const idx = indexDesign(design());
    expect(checkCidr(idx, 's1', '10.0.0.0/33')).toMatch(/prefix above \/32/);
    expect(checkCidr(idx, 's1', '10.0.0.1/24')).toMatch(/host bits/);
    expect(checkCidr(idx, 's1', '192.168.0.0/24')).toMatch(/outside the VPC/);
    const s2 = idx.byId.get('s2') as { cidr: string };
    expect(checkCidr(idx, 's1', s2.cidr)).toMatch(/Overlaps subnet/);
    expect(checkCidr(idx, 's1', '10.0.200.0/24')).toBeUndefined();
    expect(checkCidr(idx, 'v', '10.1.0.0/16')).toMatch(/would fall outside/);
  });
});

describe('field paths', () => {
  it('turns a dotted key into a top-level patch that keeps sibling fields', () => {
    const node = { launch: { instanceType: 't3.micro', role: 'web', securityGroupIds: [] } };
    expect(patchFor(node, 'launch.instanceType', 'm6i.large')).toEqual({ launch: { instanceType: 'm6i.large', role: 'web', securityGroupIds: [] } });
    expect(patchFor(node, 'launch.role', undefined)).toEqual({ launch: { instanceType: 't3.micro', securityGroupIds: [] } });
    expect(getIn({ objectives: { rtoSeconds: { az: 60 } } }, 'objectives.rtoSeconds.az')).toBe(60);
  });

  it('every inspector field names a property the model schema knows, for every kind', () => {
    for (const kind of NODE_KINDS) {
      const shape = (nodeSchema.options.find((o) => o.shape.kind.value === kind)!).shape as Record<string, unknown>;
      for (const f of [...NODE_FIELDS[kind], ...COMMON_FIELDS]) expect(Object.keys(shape), `${kind}.${f.key}`).toContain(f.key.split('.')[0]);
    }
  });
});
