// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../src/testing/templates';
import { createIncrementalValidator } from '../../src/validate';
import { createAppStore } from './index';
import { startValidation } from './validation-runner';

afterEach(() => { vi.useRealTimers(); });

describe('validation runner', () => {
  it('validates the design after a quiet period and puts findings on the nodes they name', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const stop = startValidation(store, createIncrementalValidator(), 150);
    store.getState().load(TEMPLATES['fragile-starter']!());
    vi.advanceTimersByTime(200);
    const first = store.getState().findings.length;
    expect(first).toBeGreaterThan(0);
    // An edit starts a new debounce; results only land after the quiet period.
    const some = store.getState().design.nodes[0]!;
    store.getState().apply([{ type: 'updateNode', id: some.id, patch: { notes: 'edited' } }]);
    expect(store.getState().validating).toBe(true);
    expect(store.getState().validatedDesign).not.toBe(store.getState().design);
    vi.advanceTimersByTime(200);
    const s = store.getState();
    expect(s.validating).toBe(false);
    expect(s.validatedDesign).toBe(s.design);
    expect(s.findings.length).toBeGreaterThan(0);
    for (const f of s.findings) for (const id of f.resources) expect(s.findingsByNode.has(id)).toBe(true);
    stop();
  });
});
