import { describe, expect, it } from 'vitest';
import { diffHealth } from './diff';
import { h, healthMap } from './fixture.test-util';

const AT = '2026-11-26T09:10:00.000Z';

describe('diffHealth', () => {
  it('emits only nodes whose state, reason or last known state changed', () => {
    const prev = healthMap(h('a', 'ok'), h('b', 'ok'), h('c', 'degraded'));
    const next = healthMap({ ...h('a', 'ok'), observedAt: AT }, h('b', 'down'), h('c', 'degraded', undefined, 'other words'), h('d', 'unknown'));
    const changes = diffHealth(prev, next, AT);
    expect(changes.map((c) => [c.nodeId, c.previous, c.state])).toEqual([['b', 'ok', 'down'], ['c', 'degraded', 'degraded'], ['d', undefined, 'unknown']]);
    expect(changes[0]).toMatchObject({ at: AT, reason: 'b is down' });
    expect('previous' in changes[2]!).toBe(false);
  });

  it('emits nothing when nothing changed', () => {
    const m = healthMap(h('a', 'ok'), h('b', 'stale'));
    expect(diffHealth(m, new Map(m), AT)).toEqual([]);
  });
});
