import { describe, expect, it } from 'vitest';
import { canMove, canPlace } from './placement';
import { indexDesign } from './query';
import { smallDesign } from './fixtures.test-util';
import { planConnection } from './connect';

describe('placement rules', () => {
  const idx = indexDesign(smallDesign());

  it('allows the nesting region ⊃ VPC ⊃ AZ ⊃ subnet ⊃ instance', () => {
    expect(canPlace(idx, 'region', undefined).ok).toBe(true);
    expect(canPlace(idx, 'vpc', 'r1').ok).toBe(true);
    expect(canPlace(idx, 'az', 'v1', 'us-east-1c').ok).toBe(true);
    expect(canPlace(idx, 'subnet', 'a1').ok).toBe(true);
    expect(canPlace(idx, 'instance', 's1').ok).toBe(true);
    expect(canPlace(idx, 'loadBalancer', 'v1').ok).toBe(true);
  });

  it('refuses illegal drops with a sentence that says where the kind goes', () => {
    const r = canPlace(idx, 'subnet', 'v1');
    expect(r).toEqual({ ok: false, reason: 'A subnet cannot go in a VPC: place it inside an availability zone of a VPC.' });
    expect(canPlace(idx, 'instance', undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/inside a subnet/) });
    expect(canPlace(idx, 'az', 'v1', 'eu-west-1a')).toMatchObject({ ok: false, reason: expect.stringMatching(/not in region us-east-1/) });
  });

  it('refuses moves into a wrong container or into itself', () => {
    expect(canMove(idx, 'i1', 's2').ok).toBe(true);
    expect(canMove(idx, 'i1', 'a1').ok).toBe(false);
    expect(canMove(idx, 'v1', 's1')).toMatchObject({ ok: false, reason: expect.stringMatching(/inside itself/) });
  });
});

describe('connection rules', () => {
  const idx = indexDesign(smallDesign());

  it('infers the edge kind and its defaults', () => {
    expect(planConnection(idx, 'lb', 'tg')).toMatchObject({ ok: true, effect: 'edge', edge: { kind: 'traffic', listener: { protocol: 'HTTP', port: 80 } } });
    expect(planConnection(idx, 'tg', 'i1')).toMatchObject({ ok: true, effect: 'edge', edge: { kind: 'traffic' } });
  });

  it('turns meaningful property connections into patches', () => {
    expect(planConnection(idx, 'lb', 's1')).toMatchObject({ ok: true, effect: 'property', nodeId: 'lb', patch: { subnetIds: ['s1', 's2'] } });
  });

  it('refuses meaningless connections with a reason', () => {
    expect(planConnection(idx, 'lb', 'i1')).toMatchObject({ ok: false, reason: expect.stringMatching(/target group/) });
    expect(planConnection(idx, 'i1', 'i1')).toMatchObject({ ok: false });
  });
});
