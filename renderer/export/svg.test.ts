// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/testing/templates';
import { absoluteRects } from '../canvas/geometry';
import { iconOf } from '../kinds/catalog';
import { designToSvg } from './svg';

describe('designToSvg', () => {
  it('draws every node at its absolute place and every edge, as well-formed SVG', () => {
    const d = TEMPLATES['ecommerce-ha']!();
    const svg = designToSvg(d, new Map());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    // One background rect, then one rect per node (plus one per edge label).
    const rects = [...root.getElementsByTagName('rect')];
    const rs = absoluteRects(d);
    for (const n of d.nodes) {
      const r = rs.get(n.id)!;
      expect(rects.some((x) => Number(x.getAttribute('x')) === r.x && Number(x.getAttribute('y')) === r.y && Number(x.getAttribute('width')) === r.width), n.id).toBe(true);
    }
    expect(root.getElementsByTagName('path').length).toBeGreaterThanOrEqual(d.edges.length);
    for (const n of d.nodes) expect(svg).toContain(n.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').slice(0, 16));
  });

  it('embeds icons it is given and escapes names', () => {
    const d = TEMPLATES['fragile-starter']!();
    const named = { ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, name: 'a<b & "c"' } : n)) };
    const icons = new Map(named.nodes.flatMap((n) => { const url = iconOf(n); return url ? [[url, 'data:image/svg+xml;base64,AAAA'] as const] : []; }));
    const svg = designToSvg(named, icons);
    expect(svg).toContain('a&lt;b &amp; &quot;c&quot;');
    expect(svg).toContain('href="data:image/svg+xml;base64,AAAA"');
  });
});
