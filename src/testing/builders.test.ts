import { describe, expect, it } from 'vitest';
import { CONTAINER_KINDS, parseDesign, parseDesignValue, serializeDesign, type Design } from '../model';
import { design } from './builders';
import { generateDesign } from './generate';
import { LEAF } from './layout';
import { TEMPLATES } from './templates';

const roundTrip = (d: Design) => parseDesignValue(JSON.parse(JSON.stringify(d)));

function boxes(d: Design) {
  return d.nodes.map((n) => ({ n, w: n.size?.width ?? LEAF.width, h: n.size?.height ?? LEAF.height }));
}

describe('design builder', () => {
  it('builds a nested design that passes the model schema and integrity checks', () => {
    const d = design('shop')
      .region('r1', 'us-east-1', (r) => r.vpc('v1', '10.0.0.0/16', (v) => v
        .az('a1', 'us-east-1a', (a) => a.subnet('s1', '10.0.1.0/24', { public: true }, (s) => s.instance('i1')))
        .lb('lb', { subnetIds: ['s1'] }).tg('tg')))
      .traffic('lb', 'tg', { listener: { protocol: 'HTTP', port: 80 } })
      .traffic('tg', 'i1')
      .build();
    const r = roundTrip(d);
    expect(r.ok ? r.design.nodes.map((n) => n.id) : r.problem).toEqual(['r1', 'v1', 'a1', 's1', 'i1', 'lb', 'tg']);
    expect(d.nodes.find((n) => n.id === 's1')).toMatchObject({ kind: 'subnet', parent: 'a1', public: true, cidr: '10.0.1.0/24' });
  });

  it('refuses duplicate ids', () => {
    expect(() => design('x').region('r', 'us-east-1').region('r', 'us-west-2')).toThrow(/duplicate id "r"/);
  });

  it('lays children inside their container without overlapping siblings', () => {
    for (const build of Object.values(TEMPLATES)) {
      const d = build();
      const all = boxes(d);
      const byId = new Map(all.map((b) => [b.n.id, b]));
      for (const b of all) {
        const parent = b.n.parent ? byId.get(b.n.parent) : undefined;
        if (parent) {
          expect(CONTAINER_KINDS.has(parent.n.kind)).toBe(true);
          expect(b.n.position.x + b.w).toBeLessThanOrEqual(parent.w);
          expect(b.n.position.y + b.h).toBeLessThanOrEqual(parent.h);
        }
        for (const o of all) {
          if (o === b || o.n.parent !== b.n.parent) continue;
          const apart = b.n.position.x + b.w <= o.n.position.x || o.n.position.x + o.w <= b.n.position.x
            || b.n.position.y + b.h <= o.n.position.y || o.n.position.y + o.h <= b.n.position.y;
          expect(apart, `${b.n.id} overlaps ${o.n.id}`).toBe(true);
        }
      }
    }
  });
});

describe('templates', () => {
  it.each(Object.keys(TEMPLATES))('resources/templates/%s.ha.json is the generated, valid template', async (name) => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL(`../../resources/templates/${name}.ha.json`, import.meta.url), 'utf8');
    const parsed = parseDesign(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.design.name.length).toBeGreaterThan(0);
    expect(parsed.design.description.length).toBeGreaterThan(20);
    expect(text).toBe(serializeDesign(parsed.design));
    const fresh = roundTrip(TEMPLATES[name]!());
    expect(fresh.ok && serializeDesign(fresh.design)).toBe(text);
  });
});

describe('generateDesign', () => {
  it('produces exactly the requested node count, valid, for several sizes', () => {
    for (const n of [60, 250, 1000]) {
      const d = generateDesign(n, 3);
      expect(d.nodes).toHaveLength(n);
      const r = roundTrip(d);
      expect(r.ok ? 'ok' : r.problem).toBe('ok');
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(serializeDesign(generateDesign(500, 42))).toBe(serializeDesign(generateDesign(500, 42)));
    expect(serializeDesign(generateDesign(500, 42))).not.toBe(serializeDesign(generateDesign(500, 43)));
  });

  it('spreads over several regions and holds every tier kind', () => {
    const d = generateDesign(2000, 1);
    const kinds = new Set(d.nodes.map((n) => n.kind));
    for (const k of ['region', 'vpc', 'az', 'subnet', 'loadBalancer', 'targetGroup', 'autoScalingGroup', 'instance', 'database', 'alarm', 'natGateway', 'dnsRecord']) expect(kinds).toContain(k);
    expect(d.nodes.filter((n) => n.kind === 'region').length).toBeGreaterThan(1);
  });
});
