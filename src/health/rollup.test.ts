import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup';
import { h, healthMap, webIndex } from './fixture.test-util';

const NOW = '2026-11-26T09:05:00.000Z';

describe('rollUp', () => {
  const index = webIndex();
  const allOk = () => healthMap(h('web-1', 'ok'), h('web-2', 'ok'), h('db', 'ok'), h('lb', 'ok'), h('tg', 'ok'), h('cpu', 'ok'), h('vpn', 'ok'));

  it('a zone whose resources are all ok is ok, and so are its subnet, VPC and region', () => {
    const out = rollUp(index, allOk(), NOW);
    expect(['a1', 'a2', 's1', 's2', 'v1', 'r1'].map((id) => out.get(id)?.state)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(out.get('a1')?.reason).toBe('all 2 resources in us-east-1a ok');
  });

  it('a zone whose resources are all down is down; the VPC and region above it are degraded and name them', () => {
    const hs = allOk();
    hs.set('web-1', h('web-1', 'down', '2026-11-26T09:01:00.000Z'));
    hs.set('db', h('db', 'down', '2026-11-26T09:02:00.000Z'));
    const out = rollUp(index, hs, NOW);
    expect(out.get('a1')).toMatchObject({ state: 'down', reason: 'all 2 resources in us-east-1a down', since: '2026-11-26T09:02:00.000Z' });
    expect(out.get('a2')?.state).toBe('ok');
    expect(out.get('v1')).toMatchObject({ state: 'degraded', since: '2026-11-26T09:01:00.000Z' });
    expect(out.get('v1')?.reason).toMatch(/^2 down of 5: (web-1, db|db, web-1)$/);
    expect(out.get('r1')?.reason).toMatch(/^2 down of 7 in us-east-1: /);
  });

  it('stale children make a container stale, never down', () => {
    const hs = allOk();
    hs.set('web-2', { ...h('web-2', 'stale'), lastKnown: 'ok' });
    const out = rollUp(index, hs, NOW);
    expect(out.get('a2')).toMatchObject({ state: 'stale', lastKnown: 'ok' });
    expect(out.get('v1')?.state).toBe('stale');
  });

  it('a degraded child outweighs a stale one', () => {
    const hs = allOk();
    hs.set('web-2', { ...h('web-2', 'stale'), lastKnown: 'ok' });
    hs.set('tg', h('tg', 'degraded'));
    expect(rollUp(index, hs, NOW).get('v1')).toMatchObject({ state: 'degraded', reason: '1 degraded of 5: tg' });
  });

  it('unknown and not-deployed children do not count, unless nothing else is there', () => {
    const hs = allOk();
    hs.set('web-2', h('web-2', 'not-deployed'));
    const out = rollUp(index, hs, NOW);
    expect(out.get('a2')).toMatchObject({ state: 'not-deployed', reason: 'nothing inside is deployed' });
    expect(out.get('v1')).toMatchObject({ state: 'ok', reason: 'all 4 resources ok' });
    const empty = rollUp(index, healthMap(h('web-1', 'unknown')), NOW);
    expect(empty.get('a1')).toMatchObject({ state: 'unknown', reason: 'nothing monitored inside' });
  });

  it("keeps a container's own not-deployed state whatever is inside", () => {
    const hs = allOk();
    hs.set('v1', h('v1', 'not-deployed'));
    expect(rollUp(index, hs, NOW).get('v1')?.state).toBe('not-deployed');
  });

  it('leaves the resources themselves untouched', () => {
    const hs = allOk();
    hs.set('tg', h('tg', 'degraded'));
    expect(rollUp(index, hs, NOW).get('tg')).toEqual(hs.get('tg'));
  });
});
