import { describe, expect, it } from 'vitest';
import { settle } from './settle';

const T0 = '2026-11-26T09:00:00.000Z';
const T1 = '2026-11-26T09:00:05.000Z';
const T2 = '2026-11-26T09:00:10.000Z';

describe('settle', () => {
  it('records since on the first observation and keeps it while the state holds, even as the reason changes', () => {
    const a = settle('n', undefined, { state: 'degraded', reason: '1 of 2 unhealthy' }, T0);
    expect(a).toEqual({ nodeId: 'n', state: 'degraded', reason: '1 of 2 unhealthy', since: T0, observedAt: T0 });
    const b = settle('n', a, { state: 'degraded', reason: '1 of 3 unhealthy' }, T1);
    expect(b).toMatchObject({ since: T0, observedAt: T1, reason: '1 of 3 unhealthy' });
    expect(settle('n', b, { state: 'down', reason: 'none healthy' }, T2).since).toBe(T2);
  });

  it('uses the time an API reports for a new state when there is one', () => {
    expect(settle('n', undefined, { state: 'down', reason: 'x', since: T0 }, T2).since).toBe(T0);
  });

  it('turns a node whose data could not be read stale with its last known state, never down', () => {
    const ok = settle('n', undefined, { state: 'ok', reason: 'running' }, T0);
    const stale = settle('n', ok, { noData: 'Throttling on DescribeInstanceStatus' }, T1);
    expect(stale).toEqual({
      nodeId: 'n', state: 'stale', lastKnown: 'ok', since: T1, observedAt: T0,
      reason: 'no fresh data (Throttling on DescribeInstanceStatus); last known: running',
    });
    expect(settle('n', stale, { noData: 'Throttling again' }, T2)).toBe(stale);
    expect(settle('n', stale, { state: 'ok', reason: 'running' }, T2)).toMatchObject({ state: 'ok', since: T2, observedAt: T2 });
  });

  it('says unknown when nothing was ever observed', () => {
    expect(settle('n', undefined, { noData: 'AccessDenied' }, T0)).toEqual({ nodeId: 'n', state: 'unknown', reason: 'no data yet: AccessDenied', since: T0 });
  });
});
