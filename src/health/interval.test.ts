import { describe, expect, it } from 'vitest';
import { MAX_INTERVAL_MS, nextInterval } from './interval';

describe('nextInterval', () => {
  it('polls at the base interval when all is well and twice as fast during an incident', () => {
    expect(nextInterval({ baseMs: 5000, unhealthy: false, throttledCycles: 0 })).toBe(5000);
    expect(nextInterval({ baseMs: 5000, unhealthy: true, throttledCycles: 0 })).toBe(2500);
    expect(nextInterval({ baseMs: 1000, unhealthy: true, throttledCycles: 0 })).toBe(500);
  });

  it('backs off exponentially while throttled, even during an incident, up to a cap', () => {
    expect(nextInterval({ baseMs: 1000, unhealthy: true, throttledCycles: 1 })).toBe(2000);
    expect(nextInterval({ baseMs: 1000, unhealthy: false, throttledCycles: 3 })).toBe(8000);
    expect(nextInterval({ baseMs: 5000, unhealthy: false, throttledCycles: 50 })).toBe(MAX_INTERVAL_MS);
  });
});
