import { describe, expect, it } from 'vitest';
import { entriesFromChanges, mergeTimeline, type OpenIncidents } from './timeline';
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

describe('entriesFromChanges across cycles: first sightings and stale spells (the duplicate impaired/recovered pair)', () => {
  const index = webIndex();
  /** Feeds the changes cycle by cycle through one set of open incidents, as the monitor does. */
  const run = (...cycles: HealthChange[][]) => {
    const open: OpenIncidents = new Map();
    return cycles.flatMap((cs) => entriesFromChanges(index, cs, open)).map((e) => `${e.nodeId}:${e.kind}`);
  };

  it('an instance first seen booting is not impaired, and its boot finishing is not a recovery', () => {
    // What the monitor emitted for web-a1 when its first cycle caught the instance still pending (Sandbox, time scale 0.02):
    // it recorded instance-impaired then instance-recovered before the game day's own pair.
    const boot = [[change('web-1', undefined, 'degraded', 1, 'starting in us-east-1a')], [change('web-1', 'degraded', 'ok', 2, 'running in us-east-1a')]];
    expect(run(...boot)).toEqual([]);
    // A resource created while watched (not deployed, then booting) is not an incident either.
    expect(run([change('web-1', 'not-deployed', 'degraded', 1, 'starting')], [change('web-1', 'degraded', 'ok', 2)])).toEqual([]);
    // Once seen, the same degraded → ok is an incident and its recovery; a real failure after the boot is one pair.
    expect(run(...boot, [change('web-1', 'ok', 'down', 3)], [change('web-1', 'down', 'ok', 4)])).toEqual(['web-1:instance-impaired', 'web-1:instance-recovered']);
    // A booting instance that then fails is news: it was seen, and got worse.
    expect(run(boot[0]!, [change('web-1', 'degraded', 'down', 2)], [change('web-1', 'down', 'ok', 3)])).toEqual(['web-1:instance-impaired', 'web-1:instance-recovered']);
  });

  it('through a stale spell one incident stays one: down → stale → down adds nothing, down → stale → ok recovers', () => {
    const down = [change('web-1', 'ok', 'down', 1)];
    const stale = [change('web-1', 'down', 'stale', 2)];
    expect(run(down, stale, [change('web-1', 'stale', 'down', 3)], [change('web-1', 'down', 'ok', 4)]))
      .toEqual(['web-1:instance-impaired', 'web-1:node-stale', 'web-1:instance-recovered']);
    expect(run(down, stale, [change('web-1', 'stale', 'ok', 3)])).toEqual(['web-1:instance-impaired', 'web-1:node-stale', 'web-1:instance-recovered']);
    expect(run([change('web-1', 'ok', 'stale', 1)], [change('web-1', 'stale', 'ok', 2)])).toEqual(['web-1:node-stale']);
    expect(run([change('web-1', 'ok', 'stale', 1)], [change('web-1', 'stale', 'down', 2)])).toEqual(['web-1:node-stale', 'web-1:instance-impaired']);
  });

  it('incidents and recoveries alternate per node, worsening included', () => {
    const kinds = run([change('tg', 'ok', 'degraded', 1)], [change('tg', 'degraded', 'down', 2)], [change('tg', 'down', 'degraded', 3)],
      [change('tg', 'degraded', 'ok', 4)], [change('tg', 'ok', 'down', 5)], [change('tg', 'down', 'ok', 6)]);
    expect(kinds).toEqual(['tg:target-unhealthy', 'tg:target-unhealthy', 'tg:target-healthy', 'tg:target-unhealthy', 'tg:target-healthy']);
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
