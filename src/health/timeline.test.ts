import { describe, expect, it } from 'vitest';
import { entriesFromChanges, mergeTimeline } from './timeline';
import { webIndex } from './fixture.test-util';
import type { HealthChange, TimelineEntry } from './types';

const at = (s: number) => new Date(Date.UTC(2026, 10, 26, 9, 0, s)).toISOString();
const change = (nodeId: string, previous: HealthChange['previous'], state: HealthChange['state'], s: number, reason = 'because'): HealthChange =>
  ({ nodeId, state, reason, since: at(s), at: at(s), ...(previous ? { previous } : {}) });

describe('entriesFromChanges', () => {
  const index = webIndex();

  it('names incidents by the kind of node that had them, and recoveries too', () => {
    const entries = entriesFromChanges(index, [
      change('web-1', 'ok', 'down', 1, 'system status check impaired'),
      change('tg', 'ok', 'degraded', 2, '1 of 2 targets unhealthy in us-east-1a'),
      change('cpu', 'ok', 'degraded', 3),
      change('vpn', 'ok', 'degraded', 4),
      change('db', 'ok', 'down', 5),
      change('lb', 'ok', 'down', 6),
      change('web-1', 'down', 'ok', 7),
      change('cpu', 'degraded', 'ok', 8),
      change('lb', 'down', 'degraded', 9),
      change('tg', 'degraded', 'down', 9),
    ]);
    expect(entries.map((e) => [e.nodeId, e.kind, e.severity])).toEqual([
      ['web-1', 'instance-impaired', 'critical'],
      ['tg', 'target-unhealthy', 'warning'],
      ['cpu', 'alarm', 'warning'],
      ['vpn', 'tunnel-down', 'warning'],
      ['db', 'db-unavailable', 'critical'],
      ['lb', 'node-down', 'critical'],
      ['web-1', 'instance-recovered', 'recovery'],
      ['cpu', 'alarm-ok', 'recovery'],
      ['tg', 'target-unhealthy', 'critical'],
    ]);
    expect(entries[0]!.title).toBe('web-1: down — system status check impaired');
    expect(entries[6]!.title).toBe('web-1: ok again — because');
  });

  it('puts causes before effects within one cycle: the instance, then its target group, then its zone', () => {
    const entries = entriesFromChanges(index, [change('a1', 'ok', 'down', 1), change('tg', 'ok', 'degraded', 1), change('web-1', 'ok', 'down', 1), change('lb', 'ok', 'down', 0)]);
    expect(entries.map((e) => e.nodeId)).toEqual(['lb', 'web-1', 'tg', 'a1']);
  });

  it('stays quiet about first sightings, subnets and VPCs, and notes data going stale', () => {
    const entries = entriesFromChanges(index, [
      change('web-2', undefined, 'ok', 1), change('s1', 'ok', 'down', 2), change('v1', 'ok', 'degraded', 2),
      change('a1', 'ok', 'down', 2), change('web-2', 'ok', 'stale', 3), change('gone', 'ok', 'down', 3),
    ]);
    expect(entries.map((e) => [e.nodeId, e.kind])).toEqual([['a1', 'node-down'], ['web-2', 'node-stale']]);
  });
});

describe('mergeTimeline', () => {
  const e = (id: string, s: number): TimelineEntry => ({ id, at: at(s), kind: 'note', severity: 'info', title: id });

  it('keeps time order, ties in arrival order, and drops entries seen before', () => {
    const t = mergeTimeline([e('a', 1), e('c', 5)], [e('b', 3), e('a', 1), e('d', 5), e('b', 3)]);
    expect(t.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('caps the length by dropping the oldest', () => {
    const t = mergeTimeline([], [e('a', 1), e('b', 2), e('c', 3)], 2);
    expect(t.map((x) => x.id)).toEqual(['b', 'c']);
  });
});
