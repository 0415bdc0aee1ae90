import { describe, expect, it } from 'vitest';
import { edgeFlows } from './edges';
import { h, healthMap, webIndex } from './fixture.test-util';

describe('edgeFlows', () => {
  const index = webIndex();
  const flows = (...args: Parameters<typeof healthMap>) => Object.fromEntries(edgeFlows(index, healthMap(...args)).map((e) => [index.edgeById.get(e.edgeId)!.target, e]));

  it('traffic flows where both ends are ok, is reduced where one is degraded, and stops where one is down', () => {
    const f = flows(h('lb', 'ok'), h('tg', 'degraded', undefined, '1 of 2 targets unhealthy'), h('web-1', 'down', undefined, 'instance stopped'), h('web-2', 'ok'));
    expect(f['tg']).toMatchObject({ flow: 'partial', reason: 'reduced traffic: tg degraded (1 of 2 targets unhealthy)' });
    expect(f['web-1']).toMatchObject({ flow: 'blocked', reason: 'no traffic: web-1 down (instance stopped)' });
    expect(f['web-2']).toMatchObject({ flow: 'partial' });
  });

  it('is unknown when an end has no fresh data', () => {
    const f = flows(h('lb', 'ok'), h('tg', 'stale'), h('web-1', 'ok'), h('web-2', 'ok'));
    expect(f['tg']?.flow).toBe('unknown');
    expect(f['web-1']?.flow).toBe('unknown');
    expect(flows(h('lb', 'ok'), h('tg', 'ok'), h('web-1', 'ok'), h('web-2', 'ok'))['web-1']).toMatchObject({ flow: 'flowing', reason: 'traffic flows' });
  });

  it('only covers traffic edges', () => {
    expect(edgeFlows(index, new Map())).toHaveLength(index.design.edges.filter((e) => e.kind === 'traffic').length);
  });
});
