import { describe, expect, it } from 'vitest';
import { createDag } from './dag';
import { walk, type WalkEvent } from './walk';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('walk', () => {
  it('starts a vertex only after all its dependencies are done', async () => {
    const dag = createDag(['vpc', 'a', 'b', 'inst'], [['a', 'vpc'], ['b', 'vpc'], ['inst', 'a'], ['inst', 'b']]);
    const finished: string[] = [];
    const out = await walk(dag, async (id) => {
      for (const d of dag.deps.get(id)!) expect(finished).toContain(d);
      await tick(id === 'a' ? 15 : 2);
      finished.push(id);
      return id.toUpperCase();
    });
    expect(finished[0]).toBe('vpc');
    expect(finished[3]).toBe('inst');
    expect(out.get('inst')).toEqual({ status: 'done', value: 'INST' });
  });

  it('never runs more than the concurrency bound, and uses it', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `n${i}`);
    for (const limit of [1, 3, 10]) {
      let running = 0;
      let peak = 0;
      await walk(createDag(ids, []), async () => {
        peak = Math.max(peak, ++running);
        await tick(2);
        running--;
      }, { concurrency: limit });
      expect(peak).toBe(limit);
    }
  });

  it('skips only the dependants of a failure; independent branches finish', async () => {
    const dag = createDag(['vpc', 'subnet', 'inst', 'topic', 'alarm', 'other'], [
      ['subnet', 'vpc'], ['inst', 'subnet'], ['alarm', 'inst'], ['alarm', 'topic'],
    ]);
    const events: WalkEvent[] = [];
    const out = await walk(dag, async (id) => {
      await tick(1);
      if (id === 'subnet') throw new Error('InvalidSubnet.Conflict');
    }, { onEvent: (e) => events.push(e) });
    expect(out.get('subnet')!.status).toBe('failed');
    expect((out.get('subnet')!.error as Error).message).toBe('InvalidSubnet.Conflict');
    expect(out.get('inst')).toEqual({ status: 'skipped', cause: 'subnet' });
    expect(out.get('alarm')).toEqual({ status: 'skipped', cause: 'subnet' });
    for (const id of ['vpc', 'topic', 'other']) expect(out.get(id)!.status).toBe('done');
    expect(events.filter((e) => e.state === 'running').map((e) => e.id)).not.toContain('inst');
    expect(events).toContainEqual({ id: 'alarm', state: 'skipped', cause: 'subnet' });
  });

  it('treats a synchronous throw as a failure', async () => {
    const out = await walk(createDag(['a', 'b'], [['b', 'a']]), (id) => {
      if (id === 'a') throw new Error('boom');
      return Promise.resolve();
    });
    expect(out.get('a')!.status).toBe('failed');
    expect(out.get('b')!.status).toBe('skipped');
  });

  it('on abort starts nothing new and lets running vertices settle', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `n${i}`);
    const ctrl = new AbortController();
    const started: string[] = [];
    const out = await walk(createDag(ids, []), async (id) => {
      started.push(id);
      if (id === 'n1') ctrl.abort();
      await tick(10);
    }, { concurrency: 2, signal: ctrl.signal });
    expect(started).toEqual(['n0', 'n1']);
    expect(out.get('n0')!.status).toBe('done');
    expect(out.get('n1')!.status).toBe('done');
    expect([...out.values()].filter((o) => o.status === 'canceled')).toHaveLength(8);
  });

  it('refuses a cyclic graph naming the cycle', async () => {
    await expect(walk(createDag(['a', 'b'], [['a', 'b'], ['b', 'a']]), async () => {}, { name: (id) => `node ${id}` }))
      .rejects.toThrow('node a → node b → node a');
  });

  it('resolves an empty graph', async () => {
    expect((await walk(createDag([], []), async () => {})).size).toBe(0);
  });
});
