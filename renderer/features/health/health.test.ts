import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design, type NodeKind } from '../../../src/model';
import type { HealthChange } from '../../../src/health/types';
import { boardOf } from './board';
import { edgeMarks, toSlice } from './mirror';
import { alertsFor, entryPoints } from './notify';
import { applyChanges, applySnapshot, applyTimeline, healthStore, resetHealth } from './store';

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
  it('mirrors live states onto the canvas dots, keeping the live state and reason in the tooltip', () => {
    expect(toSlice(c('web', 'degraded'))).toEqual({ state: 'impaired', detail: 'degraded: r', at: '2026-11-26T09:00:00.000Z' });
    expect(toSlice({ ...c('web', 'stale'), lastKnown: 'ok' })).toMatchObject({ state: 'unknown', detail: 'stale (last known ok): r' });
    expect(toSlice(c('web', 'down')).state).toBe('down');
  });

  it('marks blocked, partial and unknown traffic edges and leaves flowing ones alone', () => {
    const marks = edgeMarks([{ edgeId: 'e1', flow: 'blocked', reason: '' }, { edgeId: 'e2', flow: 'flowing', reason: '' }, { edgeId: 'e3', flow: 'partial', reason: '' }, { edgeId: 'e4', flow: 'unknown', reason: '' }]);
    expect([...marks]).toEqual([['e1', 'blocked'], ['e3', 'partial'], ['e4', 'unknown']]);
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
});
