// @vitest-environment jsdom
// Node badges: a provisioned node shows its provisioning state once (the provision feature's badge), and its live
// health once (the health feature's badge).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySnapshot, resetHealth } from '../features/health/store';
import { appStore } from '../store';
import { NodeBadges } from './NodeBadges';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); root = createRoot(host); });
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  appStore.getState().setProvision({ web: null });
  resetHealth();
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

  it('shows a node\'s live health once, through the health feature\'s badge', () => {
    applySnapshot({ designId: 'd', at: '', intervalMs: 1000, edges: [], timeline: [], nodes: [{ nodeId: 'web', state: 'down', reason: 'stopped', since: '2026-11-26T09:00:00.000Z' }] });
    act(() => root.render(<NodeBadges id="web" />));
    expect(host.querySelectorAll('[data-testid="health-web"]')).toHaveLength(1);
    expect(host.querySelector('[data-testid="health-web"]')!.className).toBe('ha-health ha-health-down');
    expect(host.querySelectorAll('[data-testid="live-web"]')).toHaveLength(1);
  });
});
