import { describe, expect, it } from 'vitest';
import type { EdgeHealth, HealthChange, TimelineEntry } from '../../src/health/types';
import { batcher } from './health-batch';

const change = (nodeId: string): HealthChange => ({ nodeId, state: 'down', reason: 'r', since: 't', at: 't' });
const edge: EdgeHealth = { edgeId: 'e1', flow: 'blocked', reason: 'r' };
const entry: TimelineEntry = { id: 'x', at: 't', kind: 'node-down', severity: 'critical', title: 'web-1 down' };
const turn = () => new Promise((r) => setImmediate(r));

describe('health batches', () => {
  it('delivers what one poll emits (changes, edges, entries) as one batch, and the next poll as another', async () => {
    const got: unknown[] = [];
    const b = batcher((x) => got.push(x));
    b.add('changes', [change('web-1')]);
    b.add('edges', [edge]);
    b.add('entries', [entry]);
    b.add('changes', [change('web-2')]);
    expect(got).toEqual([]);
    await turn();
    expect(got).toEqual([{ changes: [change('web-1'), change('web-2')], edges: [edge], entries: [entry] }]);
    b.add('entries', [entry]);
    await turn();
    expect(got).toHaveLength(2);
    expect(got[1]).toEqual({ changes: [], edges: [], entries: [entry] });
  });

  it('sends nothing for empty emits', async () => {
    const got: unknown[] = [];
    const b = batcher((x) => got.push(x));
    b.add('changes', []);
    await turn();
    expect(got).toEqual([]);
  });
});
