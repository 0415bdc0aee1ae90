import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../cloud-sim';
import { HealthMonitor } from './monitor';
import { fault, provisionWeb, sandboxWebDesign, type Provisioned } from './sandbox.test-util';
import type { HealthChange, HealthState, TimelineEntry } from './types';

let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ port: 0, timeScale: 0.02 }); });
afterAll(async () => { await sb?.close(); });

/** Resolves with the time (ms) at which `pred` first holds for the monitor's current health, or rejects after `ms`. */
function until(m: HealthMonitor, pred: (state: (id: string) => HealthState | undefined) => boolean, ms: number): Promise<number> {
  const state = (id: string) => m.snapshot().nodes.find((n) => n.nodeId === id)?.state;
  return new Promise((resolve, reject) => {
    if (pred(state)) return resolve(Date.now());
    const timer = setTimeout(() => { m.off('cycle', check); reject(new Error(`not within ${ms} ms: ${JSON.stringify(m.snapshot().nodes.map((n) => [n.nodeId, n.state, n.reason]))}`)); }, ms);
    const check = () => { if (pred(state)) { clearTimeout(timer); m.off('cycle', check); resolve(Date.now()); } };
    m.on('cycle', check);
  });
}

describe('HealthMonitor on the Sandbox', () => {
  let ids: Provisioned;
  let m: HealthMonitor;
  const changes: HealthChange[] = [];
  const timeline: TimelineEntry[] = [];
  const design = sandboxWebDesign('mon-az');

  beforeAll(async () => {
    ids = await provisionWeb(sb, design);
    m = new HealthMonitor({ design, target: { kind: 'sandbox', endpoint: sb.endpoint, credentials: sb.credentials }, intervalMs: 250 });
    m.on('changes', (cs) => changes.push(...cs));
    m.on('timeline', (es) => timeline.push(...es));
    await m.start();
    await until(m, (s) => s('tg') === 'ok' && s('lb') === 'ok', 5000);
  });
  afterAll(async () => { await m?.stop(); });

  it('finds the resources by tag and reports every node ok with its reason', () => {
    const snap = m.snapshot();
    const byId = Object.fromEntries(snap.nodes.map((n) => [n.nodeId, n]));
    for (const id of ['web-a1', 'web-b1', 'tg', 'lb', 'a1', 'a2', 's1', 's2', 'v1', 'r1']) expect(byId[id]?.state, id).toBe('ok');
    expect(byId['web-a1']?.reason).toMatch(/^running in us-east-1a/);
    expect(byId['tg']?.reason).toBe('2 of 2 targets healthy');
    expect(snap.edges.map((e) => e.flow)).toEqual(['flowing', 'flowing', 'flowing']);
  });

  it('an AZ failure turns its instance and zone down and the target group degraded within the bound; clearing it recovers', async () => {
    const t0 = Date.now();
    const f = await fault(sb, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1a' });
    const down = await until(m, (s) => s('web-a1') === 'down' && s('a1') === 'down', 2000);
    // Bound: one poll interval (250 ms, 125 while unhealthy) + the calls; target health needs its unhealthy threshold (2 × 5 s × 0.02).
    expect(down - t0).toBeLessThan(2000);
    await until(m, (s) => s('tg') === 'degraded' && s('v1') === 'degraded' && s('web-b1') === 'ok', 2000);
    const tg = m.snapshot().nodes.find((n) => n.nodeId === 'tg')!;
    expect(tg.reason).toBe('1 of 2 targets not healthy: 1 unhealthy in us-east-1a');
    expect(m.snapshot().edges.find((e) => e.edgeId === 'e-tg-web-a1')?.flow).toBe('blocked');

    await fault(sb, 'DELETE', `/_sandbox/faults/${f.id}`);
    await until(m, (s) => s('web-a1') === 'ok' && s('tg') === 'ok' && s('a1') === 'ok', 4000);
    // Exactly one pair: an instance first seen booting (pending) is no incident, so the boot adds none (see 'first sight' below).
    expect(timeline.filter((e) => e.nodeId === 'web-a1').map((e) => e.kind)).toEqual(['instance-impaired', 'instance-recovered']);
    const all = timeline.map((e) => `${e.nodeId}:${e.kind}`);
    // From the incident on: the instance first, then its target group, then the recoveries.
    const order = all.slice(all.indexOf('web-a1:instance-impaired'));
    expect(order.indexOf('tg:target-unhealthy')).toBeGreaterThan(0);
    expect(order.indexOf('tg:target-unhealthy')).toBeLessThan(order.indexOf('tg:target-healthy'));
    expect(order.indexOf('web-a1:instance-recovered')).toBeGreaterThan(0);
    expect(timeline.map((e) => e.at)).toEqual([...timeline.map((e) => e.at)].sort());
  });

  it('throttling makes the affected nodes stale (last known kept), never down, and they come back', async () => {
    const before = changes.length;
    const f = await fault(sb, 'POST', '/_sandbox/faults', { kind: 'api-errors', service: 'ec2', action: 'DescribeInstanceStatus', rate: 1, code: 'RequestLimitExceeded' });
    await until(m, (s) => s('web-a1') === 'stale' && s('web-b1') === 'stale', 3000);
    const stale = m.snapshot().nodes.find((n) => n.nodeId === 'web-a1')!;
    expect(stale).toMatchObject({ state: 'stale', lastKnown: 'ok' });
    expect(stale.reason).toMatch(/RequestLimitExceeded/);
    expect(m.snapshot().nodes.find((n) => n.nodeId === 'tg')?.state).toBe('ok');
    await fault(sb, 'DELETE', `/_sandbox/faults/${f.id}`);
    await until(m, (s) => s('web-a1') === 'ok', 20_000);
    expect(changes.slice(before).some((c) => c.state === 'down')).toBe(false);
  });

  it('the async iterator yields the current health first, then changes, and ends on abort', async () => {
    const ac = new AbortController();
    const seen: string[] = [];
    for await (const c of m.changes(ac.signal)) {
      seen.push(c.nodeId);
      if (seen.length === 3) ac.abort();
    }
    expect(seen).toHaveLength(3);
    expect(ids.tg).toMatch(/^arn:/);
  });
});

describe('HealthMonitor: first sight of a booting instance', () => {
  it('an instance caught pending by the first cycle turns ok without an impaired/recovered pair', async () => {
    // Boot takes 5–10 s × 0.2 = 1–2 s here, so the first cycle right after provisioning sees the instances pending.
    const slow = await startSandbox({ port: 0, timeScale: 0.2 });
    const design = sandboxWebDesign('mon-boot');
    const seen: HealthChange[] = [];
    const timeline: TimelineEntry[] = [];
    let m: HealthMonitor | undefined;
    try {
      await provisionWeb(slow, design);
      m = new HealthMonitor({ design, target: { kind: 'sandbox', endpoint: slow.endpoint, credentials: slow.credentials }, intervalMs: 100 });
      m.on('changes', (cs) => seen.push(...cs));
      m.on('timeline', (es) => timeline.push(...es));
      await m.start();
      await until(m, (s) => s('web-a1') === 'ok' && s('web-b1') === 'ok', 8000);
      const firsts = seen.filter((c) => c.nodeId === 'web-a1');
      expect(firsts[0]).toMatchObject({ state: 'degraded', reason: 'starting in us-east-1a' });
      expect(firsts.at(-1)).toMatchObject({ state: 'ok', previous: 'degraded' });
      expect(timeline.filter((e) => e.nodeId === 'web-a1' || e.nodeId === 'web-b1')).toEqual([]);
    } finally {
      await m?.stop();
      await slow.close();
    }
  }, 20_000);
});
