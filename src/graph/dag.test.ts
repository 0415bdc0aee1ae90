import { describe, expect, it } from 'vitest';
import { CycleError, createDag, criticalPath, findCycles, reverseDag, topoOrder } from './dag';

describe('dag', () => {
  it('orders dependencies first', () => {
    const dag = createDag(['subnet', 'vpc', 'instance'], [['subnet', 'vpc'], ['instance', 'subnet']]);
    expect(topoOrder(dag)).toEqual(['vpc', 'subnet', 'instance']);
    expect(topoOrder(reverseDag(dag))).toEqual(['instance', 'subnet', 'vpc']);
  });

  it('rejects edges to unknown nodes', () => {
    expect(() => createDag(['a'], [['a', 'b']])).toThrow(/unknown node/);
  });

  it('reports cycles by name, as a path', () => {
    const dag = createDag(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'a']]);
    expect(findCycles(dag)).toEqual([['a', 'b', 'c']]);
    const names: Record<string, string> = { a: 'web-sg', b: 'db-sg', c: 'app-sg' };
    expect(() => topoOrder(dag, (id) => names[id] ?? id)).toThrow('dependency cycle: web-sg → db-sg → app-sg → web-sg');
  });

  it('reports self-loops and several cycles', () => {
    const dag = createDag(['a', 'b', 'c', 'x'], [['x', 'x'], ['b', 'c'], ['c', 'b']]);
    const cycles = findCycles(dag);
    expect(cycles).toHaveLength(2);
    expect(cycles).toContainEqual(['x']);
    expect(cycles).toContainEqual(['b', 'c']);
    try {
      topoOrder(dag);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CycleError);
      expect((e as CycleError).cycles).toHaveLength(2);
    }
  });

  it('finds the heaviest chain', () => {
    const dag = createDag(['vpc', 'subnet', 'nat', 'igw', 'rt'], [['subnet', 'vpc'], ['igw', 'vpc'], ['nat', 'subnet'], ['nat', 'igw'], ['rt', 'nat']]);
    const w: Record<string, number> = { vpc: 1, subnet: 1, igw: 5, nat: 10, rt: 1 };
    expect(criticalPath(dag, (id) => w[id]!)).toEqual({ total: 17, path: ['vpc', 'igw', 'nat', 'rt'] });
  });
});
