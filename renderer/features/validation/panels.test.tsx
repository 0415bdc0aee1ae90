// @vitest-environment jsdom
// The validation panels render real validator output and report clicks through their callback props.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fragile, reference } from '../../../src/testing/validate-fixtures';
import { validateDesign } from '../../../src/validate';
import { EstimatesSummary } from './EstimatesSummary';
import { FindingsPanel, PAGE } from './FindingsPanel';
import { WhatIfPanel } from './WhatIfPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); root = createRoot(host); });
afterEach(() => { act(() => root.unmount()); host.remove(); });

describe('FindingsPanel', () => {
  it('groups findings by severity and focuses the resources of a clicked finding', () => {
    const { findings } = validateDesign(fragile());
    const onFocus = vi.fn();
    act(() => root.render(<FindingsPanel findings={findings} onFocus={onFocus} />));
    const groups = [...host.querySelectorAll('summary')].map((s) => s.textContent);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    expect(groups).toEqual([`Errors ${errors}`, `Warnings ${warnings}`]);
    const first = host.querySelector<HTMLButtonElement>('.hv-finding-main')!;
    act(() => first.click());
    expect(onFocus).toHaveBeenCalledWith(findings[0]!.resources);
    act(() => host.querySelector<HTMLButtonElement>('.hv-chip')!.click());
    expect(onFocus).toHaveBeenLastCalledWith([findings[0]!.resources[0]]);
  });

  it('says so when there is nothing to fix', () => {
    act(() => root.render(<FindingsPanel findings={validateDesign(reference()).findings.filter((f) => f.severity === 'error')} />));
    expect(host.textContent).toMatch(/No findings/);
  });

  it('pages long lists so huge designs stay responsive', () => {
    const many = Array.from({ length: PAGE + 5 }, (_, i) => ({ rule: 'r', severity: 'warning' as const, resources: [`n${i}`], message: `m${i}`, fix: 'f' }));
    act(() => root.render(<FindingsPanel findings={many} />));
    expect(host.querySelectorAll('[data-testid=finding]')).toHaveLength(PAGE);
    act(() => host.querySelector<HTMLButtonElement>('.hv-more')!.click());
    expect(host.querySelectorAll('[data-testid=finding]')).toHaveLength(PAGE + 5);
  });
});

describe('EstimatesSummary', () => {
  it('shows availability and RTO/RPO against the objectives', () => {
    const d = fragile();
    act(() => root.render(<EstimatesSummary estimates={validateDesign(d).estimates} objectives={d.objectives} />));
    expect(host.textContent).toMatch(/99\.49\d*%/);
    expect(host.textContent).toMatch(/✗ target 99\.9%/);
    expect(host.textContent).toMatch(/unbounded/);
  });
});

describe('WhatIfPanel', () => {
  it('shows the blast radius of the chosen failure', () => {
    const onFocus = vi.fn();
    act(() => root.render(<WhatIfPanel design={fragile()} onFocus={onFocus} />));
    const select = host.querySelector('select')!;
    expect([...select.querySelectorAll('option')].map((o) => o.value)).toEqual(expect.arrayContaining(['region:us-east-1', 'az:us-east-1a', 'resource:web-1']));
    act(() => { select.value = 'az:us-east-1a'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(host.querySelector('[data-testid=ep-alb]')!.textContent).toMatch(/DOWN.*alb → tg-web → web-1/);
    act(() => host.querySelector<HTMLButtonElement>('[data-testid=ep-alb] .hv-chip')!.click());
    expect(onFocus).toHaveBeenCalledWith(['alb', 'tg-web', 'web-1']);
    act(() => { select.value = 'resource:db-primary'; select.dispatchEvent(new Event('change', { bubbles: true })); });
  });

  it('shows the standby taking over in the reference design', () => {
    act(() => root.render(<WhatIfPanel design={reference()} />));
    const select = host.querySelector('select')!;
    act(() => { select.value = 'resource:db-primary'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(host.textContent).toMatch(/UP/);
    expect(host.textContent).toMatch(/standby promoted/);
  });
});

describe('BlastBadge', () => {
  it('tags the nodes of the current what-if and clears when it is cleared', async () => {
    const { BlastBadge, showBlast } = await import('./blast');
    const { simulateFailure } = await import('../../../src/validate');
    act(() => root.render(<><BlastBadge nodeId="db-primary" /><BlastBadge nodeId="nat-a" /><BlastBadge nodeId="db-replica" /></>));
    expect(host.textContent).toBe('');
    act(() => showBlast(simulateFailure(reference(), { type: 'az', zone: 'us-east-1a' })));
    expect(host.querySelector('[data-testid=blast-db-primary]')!.textContent).toBe('takes over');
    expect(host.querySelector('[data-testid=blast-nat-a]')!.textContent).toBe('lost');
    expect(host.querySelector('[data-testid=blast-db-replica]')).toBeNull();
    act(() => showBlast(undefined));
    expect(host.textContent).toBe('');
  });
});
