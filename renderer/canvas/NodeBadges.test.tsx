// @vitest-environment jsdom
// Node badges: a provisioned node shows its provisioning state once (the provision feature's badge), and the
// live-health dot draws each of the six states distinctly.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store';
import type { HealthState } from '../store/types';
import { NodeBadges } from './NodeBadges';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); root = createRoot(host); });
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  appStore.getState().setProvision({ web: null });
  appStore.getState().setHealth(Object.fromEntries(['ok', 'degraded', 'down', 'unknown', 'stale', 'not-deployed'].map((s) => [s, null])));
});

describe('node badges', () => {
  it('a provisioned node shows its state once', () => {
    act(() => appStore.getState().setProvision({ web: { state: 'ready' } }));
    act(() => root.render(<NodeBadges id="web" />));
    expect(host.textContent).toBe('ready');
    expect(host.querySelectorAll('[data-testid="provision-web"]')).toHaveLength(1);
    act(() => appStore.getState().setProvision({ web: { state: 'failed', detail: 'CertificateNotFound' } }));
    expect(host.textContent).toBe('FAILED');
  });

  it('draws the six live states as distinct dots, stale in its last known colour', () => {
    const states: HealthState[] = ['ok', 'degraded', 'down', 'unknown', 'stale', 'not-deployed'];
    act(() => appStore.getState().setHealth(Object.fromEntries(states.map((s) => [s, { state: s, detail: `${s}: why`, ...(s === 'stale' ? { lastKnown: 'down' as const } : {}) }]))));
    act(() => root.render(<>{states.map((s) => <NodeBadges key={s} id={s} />)}</>));
    const classes = states.map((s) => host.querySelector(`[data-testid="health-${s}"]`)!.className);
    expect(classes).toEqual([
      'ha-health ha-health-ok', 'ha-health ha-health-degraded', 'ha-health ha-health-down', 'ha-health ha-health-unknown',
      'ha-health ha-health-stale ha-health-was-down', 'ha-health ha-health-not-deployed',
    ]);
    expect(host.querySelector('[data-testid="health-stale"]')!.getAttribute('title')).toBe('stale: why');
  });
});
