import { describe, expect, it, vi } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design, type NodeKind } from '../../../src/model';
import type { HealthChange } from '../../../src/health/types';
import { boardOf } from './board';
import { createAppStore } from '../../store';
import { ageText, clockTime } from './age';
import { appMirror, createCoalescer } from './bridge';
import { healthTitle, toSlice } from './mirror';
import { alertsFor, entryPoints } from './notify';
import { applyChanges, applySnapshot, applyTimeline, healthStore, resetHealth, subscribeNode } from './store';

function add(d: Design, kind: NodeKind, id: string, parent?: string, extra: Record<string, unknown> = {}): Design {
  return applyDesignChanges(d, [{ type: 'addNode', node: { ...createNode(indexDesign(d), kind, { id, parent, name: id }), ...extra } as never }]);
}
function design(): Design {
  let d = emptyDesign('shop', 'Shop');
  d = add(d, 'region', 'r1', undefined, { region: 'us-east-1' });
  d = add(d, 'vpc', 'v1', 'r1');
  d = add(d, 'az', 'a1', 'v1', { zone: 'us-east-1a' });
  d = add(d, 'subnet', 's1', 'a1');
  d = add(d, 'instance', 'web', 's1');
  d = add(d, 'database', 'db', 's1', { subnetIds: ['s1'] });
  d = add(d, 'loadBalancer', 'lb', 'v1', { subnetIds: ['s1'], scheme: 'internet-facing' });
  d = add(d, 'targetGroup', 'tg', 'v1');
  d = add(d, 'securityGroup', 'sg', 'v1');
  d = applyDesignChanges(d, [{ type: 'addEdge', edge: { id: 'e1', kind: 'traffic', source: 'lb', target: 'tg' } }, { type: 'addEdge', edge: { id: 'e2', kind: 'traffic', source: 'tg', target: 'web' } }]);
  return d;
}
const c = (nodeId: string, state: HealthChange['state'], previous?: HealthChange['state'], reason = 'r'): HealthChange =>
  ({ nodeId, state, reason, since: '2026-11-26T09:00:00.000Z', at: '2026-11-26T09:00:00.000Z', ...(previous ? { previous } : {}) });

describe('live health in the renderer', () => {
  it('mirrors all six live states onto the canvas dots as they are, with the reason and since-when in the tooltip', () => {
    const since = clockTime('2026-11-26T09:00:00.000Z');
    expect(toSlice(c('web', 'degraded'))).toEqual({ state: 'degraded', detail: `degraded: r — since ${since}`, at: '2026-11-26T09:00:00.000Z' });
    for (const state of ['ok', 'degraded', 'down', 'unknown', 'not-deployed'] as const) expect(toSlice(c('web', state)).state).toBe(state);
    expect(toSlice(c('web', 'not-deployed')).detail).toMatch(/^not deployed: r/);
    const stale = toSlice({ ...c('web', 'stale', 'ok', 'Throttling on DescribeInstanceStatus'), lastKnown: 'ok', observedAt: '2026-11-26T08:59:50.000Z' });
    expect(stale).toMatchObject({ state: 'stale', lastKnown: 'ok', observedAt: '2026-11-26T08:59:50.000Z' });
    expect(stale.detail).toBe(`stale (last known ok): Throttling on DescribeInstanceStatus — since ${since}`);
    expect(healthTitle({ ...c('db', 'stale'), lastKnown: 'down' })).toMatch(/^stale \(last known down\)/);
  });

  it('says how old stale data is', () => {
    const t0 = Date.parse('2026-11-26T09:00:00.000Z');
    expect(ageText('2026-11-26T09:00:00.000Z', t0 + 12_400)).toBe('12 s');
    expect(ageText('2026-11-26T09:00:00.000Z', t0 + 5 * 60_000)).toBe('5 min');
    expect(ageText('2026-11-26T09:00:00.000Z', t0 + 3 * 3_600_000)).toBe('3 h');
  });

  it('gathers the batches of one frame into one store update, and wakes the badges of the changed nodes only', () => {
    resetHealth();
    const app = createAppStore();
    applySnapshot({ designId: 'shop', at: '', intervalMs: 1000, nodes: ['web', 'db', 'lb'].map((id) => c(id, 'ok')), edges: [], timeline: [] });
    const frames: (() => void)[] = [];
    const batches = createCoalescer(app, () => undefined, (run) => frames.push(run), 0);
    let storeUpdates = 0;
    let appUpdates = 0;
    const offStore = healthStore.subscribe(() => storeUpdates++);
    const offApp = app.subscribe(() => appUpdates++);
    const woken: string[] = [];
    const offs = ['web', 'db', 'lb'].map((id) => subscribeNode(id, () => woken.push(id)));
    batches.add('shop', { changes: [c('web', 'down', 'ok')], edges: [{ edgeId: 'e2', flow: 'blocked', reason: 'web down' }] });
    batches.add('shop', { changes: [c('db', 'degraded', 'ok')], entries: [{ id: 't1', at: '2026-11-26T09:00:01.000Z', kind: 'node-down', severity: 'critical', title: 'web down' }] });
    batches.add('shop', { changes: [c('web', 'stale', 'down')] });
    expect(frames).toHaveLength(1);
    expect(storeUpdates + appUpdates).toBe(0);
    frames[0]!();
    expect([storeUpdates, appUpdates]).toEqual([1, 1]);
    expect(woken.sort()).toEqual(['db', 'web']);
    const s = healthStore.getState();
    expect([s.nodes.get('web')?.state, s.nodes.get('db')?.state, s.nodes.get('lb')?.state]).toEqual(['stale', 'degraded', 'ok']);
    expect(s.edges.get('e2')?.flow).toBe('blocked');
    expect(s.timeline.map((e) => e.id)).toEqual(['t1']);
    expect([...app.getState().health].map(([id, h]) => [id, h.state])).toEqual([['web', 'stale'], ['db', 'degraded']]);
    offs.forEach((f) => f());
    offStore();
    offApp();
  });

  it('notifies when an entry point goes down or a database fails over, not on first sight', () => {
    const d = design();
    expect([...entryPoints(d)]).toEqual(['lb']);
    const alerts = alertsFor(d, [c('lb', 'down'), c('lb', 'down', 'ok', 'no healthy target'), c('web', 'down', 'ok'), c('db', 'ok', 'ok', 'primary failed over to us-east-1b (from us-east-1a)')]);
    expect(alerts).toEqual([
      { nodeId: 'lb', title: 'lb is down', body: 'no healthy target' },
      { nodeId: 'db', title: 'db failed over', body: 'primary failed over to us-east-1b (from us-east-1a)' },
    ]);
  });

  it('lays out the wall board by region and zone, regional resources beside, plumbing left out', () => {
    const [r] = boardOf(design());
    expect(r).toMatchObject({ name: 'us-east-1' });
    expect(r!.zones.map((z) => [z.name, z.nodes.map((n) => n.id)])).toEqual([['us-east-1a', ['db', 'web']]]);
    expect(r!.regional.map((n) => n.id)).toEqual(['lb', 'tg']);
  });

  it('applies snapshots, changes and timeline entries for the watched design only, deduplicated and in time order', () => {
    resetHealth();
    applySnapshot({ designId: 'shop', at: '', intervalMs: 1000, nodes: [c('web', 'ok')], edges: [], timeline: [] });
    applyChanges('shop', [c('web', 'down', 'ok')]);
    applyChanges('other', [c('web', 'ok', 'down')]);
    expect(healthStore.getState().nodes.get('web')?.state).toBe('down');
    const e = (id: string, s: number) => ({ id, at: `2026-11-26T09:00:0${s}.000Z`, kind: 'note' as const, severity: 'info' as const, title: id });
    applyTimeline('shop', [e('b', 2), e('a', 1)]);
    applyTimeline('shop', [e('a', 1), e('c', 3)]);
    expect(healthStore.getState().timeline.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('mirrors into the app store at most once a second, and not after live mode stopped', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      resetHealth();
      const app = createAppStore();
      let writes = 0;
      const off = app.subscribe(() => writes++);
      applySnapshot({ designId: 'shop', at: '', intervalMs: 1000, nodes: [c('web', 'down'), c('db', 'ok')], edges: [], timeline: [] });
      const mirror = appMirror(app, 1000);
      mirror(['web']);
      mirror(['db']);
      expect(writes).toBe(0);
      vi.advanceTimersByTime(1000);
      expect(writes).toBe(1);
      expect([...app.getState().health].map(([id, x]) => [id, x.state])).toEqual([['web', 'down'], ['db', 'ok']]);
      mirror(['web']);
      healthStore.setState({ live: false });
      vi.advanceTimersByTime(1000);
      expect(writes).toBe(1);
      off();
    } finally {
      vi.useRealTimers();
    }
  });
});
