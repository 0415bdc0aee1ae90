// @vitest-environment jsdom
// The live chips on nodes and the wall tiles: each state shown distinctly, stale with the age of its data ticking
// from one shared clock that only stale badges follow, and a batch re-rendering only the badges it changed.
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealthChange, NodeHealth } from '../../../src/health/types';
import { clockSubscribers } from './age';
import { setLiveLayer } from '../../canvas/live-layer';
import { FlowMark } from './FlowMark';
import { HealthBadge } from './HealthBadge';
import { applyBatch, applySnapshot, resetHealth } from './store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
const T0 = Date.parse('2026-11-26T09:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(T0);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  resetHealth();
});
afterEach(() => { act(() => root.unmount()); host.remove(); vi.useRealTimers(); });

const h = (nodeId: string, state: NodeHealth['state'], extra: Partial<NodeHealth> = {}): NodeHealth =>
  ({ nodeId, state, reason: `${nodeId} reason`, since: '2026-11-26T08:59:00.000Z', ...extra });
const change = (x: NodeHealth): HealthChange => ({ ...x, at: '2026-11-26T09:00:00.000Z' });
const chip = (id: string) => host.querySelector(`[data-testid="live-${id}"]`);

describe('live chips on the canvas', () => {
  it('shows DOWN, DEGRADED, stale with its age, not deployed; nothing for ok and unknown; reason and since in the tooltip', () => {
    applySnapshot({
      designId: 'd', at: '', intervalMs: 1000, edges: [], timeline: [],
      nodes: [h('a', 'down'), h('b', 'degraded'), h('c', 'stale', { lastKnown: 'ok', observedAt: '2026-11-26T08:59:48.000Z' }), h('d', 'not-deployed'), h('e', 'ok'), h('f', 'unknown')],
    });
    act(() => root.render(<>{['a', 'b', 'c', 'd', 'e', 'f'].map((id) => <HealthBadge key={id} nodeId={id} />)}</>));
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => chip(id)?.textContent ?? null)).toEqual(['DOWN', 'DEGRADED', 'stale 12 s', 'not deployed', null, null]);
    expect(chip('c')!.className).toBe('hh-chip hh-stale hh-was-ok');
    expect(chip('c')!.getAttribute('title')).toMatch(/^stale \(last known ok\): c reason — since /);
    expect(chip('a')!.getAttribute('title')).toMatch(/^down: a reason — since /);
  });

  it('draws the six states as distinct dots, stale in its last known colour', () => {
    const states = ['ok', 'degraded', 'down', 'unknown', 'stale', 'not-deployed'] as const;
    applySnapshot({ designId: 'd', at: '', intervalMs: 1000, edges: [], timeline: [], nodes: states.map((s) => h(s, s, s === 'stale' ? { lastKnown: 'down' } : {})) });
    act(() => root.render(<>{states.map((s) => <HealthBadge key={s} nodeId={s} />)}</>));
    expect(states.map((s) => host.querySelector(`[data-testid="health-${s}"]`)!.className)).toEqual([
      'ha-health ha-health-ok', 'ha-health ha-health-degraded', 'ha-health ha-health-down', 'ha-health ha-health-unknown',
      'ha-health ha-health-stale ha-health-was-down', 'ha-health ha-health-not-deployed',
    ]);
    expect(host.querySelector('[data-testid="health-stale"]')!.getAttribute('title')).toMatch(/^stale \(last known down\): stale reason — since /);
  });

  it('ticks the stale age once a second from one shared clock that only stale chips follow', () => {
    applySnapshot({ designId: 'd', at: '', intervalMs: 1000, edges: [], timeline: [], nodes: [h('a', 'down'), h('c', 'stale', { lastKnown: 'down', observedAt: '2026-11-26T08:59:48.000Z' })] });
    act(() => root.render(<><HealthBadge nodeId="a" /><HealthBadge nodeId="c" /></>));
    expect(clockSubscribers()).toBe(1);
    act(() => { vi.advanceTimersByTime(3000); });
    expect(chip('c')!.textContent).toBe('stale 15 s');
    act(() => { applyBatch('d', { changes: [change(h('c', 'ok'))] }); });
    expect(chip('c')).toBeNull();
    expect(clockSubscribers()).toBe(0);
  });

  it('re-renders only the badge of the node a batch changed', () => {
    applySnapshot({ designId: 'd', at: '', intervalMs: 1000, edges: [], timeline: [], nodes: ['a', 'b', 'c'].map((id) => h(id, 'ok')) });
    const renders: string[] = [];
    act(() => root.render(<>{['a', 'b', 'c'].map((id) => <Profiler key={id} id={id} onRender={(pid) => renders.push(pid)}><HealthBadge nodeId={id} /></Profiler>)}</>));
    renders.length = 0;
    act(() => { applyBatch('d', { changes: [change(h('b', 'down'))] }); });
    expect(renders).toEqual(['b']);
    expect(chip('b')!.textContent).toBe('DOWN');
  });
});

describe('traffic edge marks', () => {
  it('marks each blocked, partial or unknown edge at its midpoint in the live layer, none for flowing ones, and follows changes', () => {
    const svg = document.createElement('div');
    host.append(svg);
    setLiveLayer(svg);
    try {
      applySnapshot({ designId: 'd', at: '', intervalMs: 1000, nodes: [], timeline: [], edges: [
        { edgeId: 'e1', flow: 'blocked', reason: '' }, { edgeId: 'e2', flow: 'partial', reason: '' }, { edgeId: 'e3', flow: 'flowing', reason: '' },
      ] });
      const renders: string[] = [];
      act(() => root.render(<>{['e1', 'e2', 'e3'].map((id) => <Profiler key={id} id={id} onRender={(pid) => renders.push(pid)}><FlowMark edgeId={id} x={10} y={id.length * 10} /></Profiler>)}</>));
      const flow = (id: string) => svg.querySelector(`[data-testid="flow-${id}"]`)?.getAttribute('data-flow') ?? null;
      expect(['e1', 'e2', 'e3'].map(flow)).toEqual(['blocked', 'partial', null]);
      expect((svg.querySelector('[data-testid="flow-e1"]') as HTMLElement).style.transform).toBe('translate(10px, 20px)');
    expect(svg.querySelector('[data-testid="flow-e1"]')!.textContent).toBe('✕');
      renders.length = 0;
      act(() => { applyBatch('d', { edges: [{ edgeId: 'e1', flow: 'flowing', reason: '' }] }); });
      expect(['e1', 'e2', 'e3'].map(flow)).toEqual([null, 'partial', null]);
      expect(renders).toEqual(['e1']);
    } finally {
      setLiveLayer(null);
    }
  });
});
