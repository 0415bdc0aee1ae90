import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../src/testing/generate';
import { deriveEdges, deriveNodes } from './derive';
import { absoluteRects } from './geometry';
import { needsNewWindow, visibleBox, windowFor, windowMembers, type Box, type View } from './window';

const view = (x: number, y: number, zoom: number): View => ({ transform: [x, y, zoom], width: 1200, height: 800 });
const overlaps = (b: Box, r: { x: number; y: number; width: number; height: number }) =>
  r.x <= b.x + b.width && r.x + r.width >= b.x && r.y <= b.y + b.height && r.y + r.height >= b.y;

describe('render window', () => {
  it('is the visible area grown by the overscan on every side', () => {
    const v = view(-200, -100, 0.5);
    expect(visibleBox(v)).toEqual({ x: 400, y: 200, width: 2400, height: 1600 });
    expect(windowFor(v, 0.5).box).toEqual({ x: -800, y: -600, width: 4800, height: 3200 });
  });

  it('is kept while the view pans inside it and replaced when the view leaves it or the zoom moves far', () => {
    const win = windowFor(view(0, 0, 1), 0.5);
    expect(needsNewWindow(win, view(-500, -300, 1))).toBe(false);
    expect(needsNewWindow(win, view(-700, 0, 1))).toBe(true);
    expect(needsNewWindow(win, view(0, 0, 1.2))).toBe(false);
    expect(needsNewWindow(win, view(0, 0, 1.5))).toBe(true);
    expect(needsNewWindow(win, view(0, 0, 0.6))).toBe(true);
    expect(needsNewWindow(undefined, view(0, 0, 1))).toBe(true);
  });

  it('holds every node overlapping it, their ancestors, and both ends of every edge that crosses it', () => {
    const d = generateDesign(3000, 3);
    const rects = absoluteRects(d);
    const box = { x: 300, y: 200, width: 2500, height: 1500 };
    const m = windowMembers(d, box);
    expect(m.size).toBeGreaterThan(10);
    expect(m.size).toBeLessThan(d.nodes.length / 2);
    for (const n of d.nodes) {
      if (overlaps(box, rects.get(n.id)!)) expect(m.has(n.id)).toBe(true);
      if (m.has(n.id) && n.parent !== undefined) expect(m.has(n.parent)).toBe(true);
    }
    const inBox = (id: string) => overlaps(box, rects.get(id)!);
    let crossing = 0;
    for (const e of d.edges) if (inBox(e.source) !== inBox(e.target)) { crossing++; expect(m.has(e.source) && m.has(e.target)).toBe(true); }
    expect(crossing).toBeGreaterThan(0);
  });

  it('gives React Flow only the members, parents first, and only edges with both ends present', () => {
    const d = generateDesign(1000, 5);
    const m = windowMembers(d, { x: 0, y: 0, width: 1500, height: 900 });
    const nodes = deriveNodes(d, new Set(), undefined, m);
    expect(new Set(nodes.map((n) => n.id))).toEqual(m);
    const seen = new Set<string>();
    for (const n of nodes) { if (n.parentId) expect(seen.has(n.parentId)).toBe(true); seen.add(n.id); }
    const edges = deriveEdges(d, new Set(), m);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(m.has(e.source) && m.has(e.target)).toBe(true);
    expect(deriveEdges(d, new Set()).length).toBe(d.edges.length);
  });
});
