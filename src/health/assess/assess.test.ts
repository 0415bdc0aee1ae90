import { describe, expect, it } from 'vitest';
import { assessDesign } from './index';
import { emptyObservation, sourceKey, type Observation } from '../observation';
import { failedKey, type ResourceMap, type ResourceRef } from '../resources';
import type { NodeHealth } from '../types';
import { webIndex } from '../fixture.test-util';

const index = webIndex();
const T = (s: number) => new Date(Date.UTC(2026, 10, 26, 9, 0, s)).toISOString();
const R = 'us-east-1';
const ref = (nodeId: string, kind: ResourceRef['kind'], id: string): [string, ResourceRef] => [nodeId, { nodeId, kind, region: R, id }];
const resources: ResourceMap = {
  at: T(0), failed: new Map(),
  byNode: new Map([
    ref('v1', 'vpc', 'vpc-1'), ref('s1', 'subnet', 'subnet-1'), ref('s2', 'subnet', 'subnet-2'),
    ref('web-1', 'instance', 'i-1'), ref('web-2', 'instance', 'i-2'), ref('db', 'database', 'shop-db'),
    ref('lb', 'loadBalancer', 'arn:lb'), ref('tg', 'targetGroup', 'arn:tg'), ref('cpu', 'alarm', 'cpu-alarm'), ref('vpn', 'vpnConnection', 'vpn-1'),
  ]),
};

type Parts = Partial<{ [K in keyof Observation]: Observation[K] }>;
function obs(s: number, parts: Parts = {}): Observation {
  const base = emptyObservation(T(s));
  return {
    ...base,
    instances: new Map([['i-1', { id: 'i-1', state: 'running', az: 'us-east-1a', systemStatus: 'ok', instanceStatus: 'ok' }], ['i-2', { id: 'i-2', state: 'running', az: 'us-east-1b', systemStatus: 'ok', instanceStatus: 'ok' }]]),
    targetGroups: new Map([['arn:tg', { arn: 'arn:tg', targets: [{ id: 'i-1', state: 'healthy' }, { id: 'i-2', state: 'healthy' }] }]]),
    loadBalancers: new Map([['arn:lb', { arn: 'arn:lb', state: 'active', azs: ['us-east-1a', 'us-east-1b'] }]]),
    databases: new Map([['shop-db', { id: 'shop-db', status: 'available', az: 'us-east-1a', secondaryAz: 'us-east-1b', multiAz: true }]]),
    alarms: new Map([['cpu-alarm', { name: 'cpu-alarm', state: 'OK' }]]),
    vpns: new Map([['vpn-1', { id: 'vpn-1', state: 'available', tunnels: [{ status: 'UP', outsideIp: '1.1.1.1' }, { status: 'UP', outsideIp: '2.2.2.2' }] }]]),
    ...parts,
  };
}
const run = (o: Observation, prev: Map<string, NodeHealth> = new Map(), prevObs?: Observation, res = resources) => assessDesign({ index, resources: res, obs: o, prevObs, prev });

describe('assessDesign', () => {
  it('reports everything ok with its reason when all is well', () => {
    const h = run(obs(0));
    expect(Object.fromEntries([...h].map(([id, x]) => [id, x.state]))).toMatchObject({
      'web-1': 'ok', 'web-2': 'ok', db: 'ok', lb: 'ok', tg: 'ok', cpu: 'ok', vpn: 'ok', a1: 'ok', a2: 'ok', v1: 'ok', r1: 'ok',
    });
    expect(h.get('web-1')?.reason).toBe('running in us-east-1a');
    expect(h.get('tg')?.reason).toBe('2 of 2 targets healthy');
    expect(h.get('db')?.reason).toBe('primary available in us-east-1a, standby in us-east-1b');
    expect(h.get('lb')?.reason).toBe('active across us-east-1a, us-east-1b, 2 healthy targets');
  });

  it('an impaired instance is down, its target unhealthy in its AZ, the group degraded and the zone down', () => {
    const o = obs(5, {
      instances: new Map([['i-1', { id: 'i-1', state: 'running', az: 'us-east-1a', systemStatus: 'impaired', instanceStatus: 'ok' }], ['i-2', { id: 'i-2', state: 'running', az: 'us-east-1b' }]]),
      targetGroups: new Map([['arn:tg', { arn: 'arn:tg', targets: [{ id: 'i-1', state: 'unhealthy' }, { id: 'i-2', state: 'healthy' }] }]]),
      databases: new Map([['shop-db', { id: 'shop-db', status: 'failing-over', az: 'us-east-1a', multiAz: true }]]),
    });
    const h = run(o, run(obs(0)));
    expect(h.get('web-1')).toMatchObject({ state: 'down', reason: 'system status check failed in us-east-1a', since: T(5) });
    expect(h.get('tg')).toMatchObject({ state: 'degraded', reason: '1 of 2 targets not healthy: 1 unhealthy in us-east-1a' });
    expect(h.get('db')).toMatchObject({ state: 'degraded', reason: 'failing over (primary was in us-east-1a)' });
    expect(h.get('a1')?.state).toBe('degraded');
    expect(h.get('web-2')?.since).toBe(T(0));
  });

  it('sees a Multi-AZ failover, and keeps saying so with its time while the primary stays', () => {
    const before = obs(0);
    const h0 = run(before);
    const moved = obs(10, { databases: new Map([['shop-db', { id: 'shop-db', status: 'available', az: 'us-east-1b', secondaryAz: 'us-east-1a', multiAz: true }]]) });
    const h1 = run(moved, h0, before);
    expect(h1.get('db')).toMatchObject({ state: 'ok', reason: 'primary failed over to us-east-1b (from us-east-1a), standby in us-east-1a', since: T(10) });
    const later = { ...moved, at: T(20) };
    expect(run(later, h1, moved).get('db')).toMatchObject({ reason: h1.get('db')!.reason, since: T(10) });
  });

  it('no healthy target: the group and the balancer are down and say why', () => {
    const o = obs(5, { targetGroups: new Map([['arn:tg', { arn: 'arn:tg', targets: [{ id: 'i-1', state: 'unhealthy' }, { id: 'i-2', state: 'draining' }] }]]) });
    const h = run(o);
    expect(h.get('tg')).toMatchObject({ state: 'down', reason: 'none of 2 targets healthy (1 unhealthy in us-east-1a, 1 draining in us-east-1b)' });
    expect(h.get('lb')).toMatchObject({ state: 'down', reason: 'no healthy target behind any listener' });
  });

  it('a tunnel down degrades the VPN; an alarm in ALARM degrades the alarm node', () => {
    const o = obs(5, {
      vpns: new Map([['vpn-1', { id: 'vpn-1', state: 'available', tunnels: [{ status: 'UP' }, { status: 'DOWN', outsideIp: '2.2.2.2', message: 'IPSEC IS DOWN' }] }]]),
      alarms: new Map([['cpu-alarm', { name: 'cpu-alarm', state: 'ALARM', reason: 'Threshold Crossed', updated: T(4) }]]),
    });
    const h = run(o, run(obs(0)));
    expect(h.get('vpn')).toMatchObject({ state: 'degraded', reason: '1 of 2 tunnels down — tunnel 2 (2.2.2.2): IPSEC IS DOWN' });
    expect(h.get('cpu')).toMatchObject({ state: 'degraded', reason: 'in ALARM: Threshold Crossed', since: T(4) });
  });

  it('a throttled source makes exactly its nodes stale, with their last known state', () => {
    const h0 = run(obs(0));
    const o = obs(5, { failures: new Map([[sourceKey.instances(R), 'Throttling: Rate exceeded']]), instances: new Map() });
    const h = run(o, h0);
    expect(h.get('web-1')).toMatchObject({ state: 'stale', lastKnown: 'ok', observedAt: T(0) });
    expect(h.get('web-2')?.state).toBe('stale');
    expect(h.get('tg')?.state).toBe('ok');
    expect([...h.values()].some((x) => x.state === 'down')).toBe(false);
  });

  it('resources without a tagged resource are not deployed, unless discovery failed (then stale)', () => {
    const partial: ResourceMap = { ...resources, byNode: new Map([...resources.byNode].filter(([id]) => id !== 'web-2' && id !== 's2')) };
    const h = run(obs(0), new Map(), undefined, partial);
    expect(h.get('web-2')).toMatchObject({ state: 'not-deployed' });
    expect(h.get('s2')?.state).toBe('not-deployed');
    const blind: ResourceMap = { ...partial, failed: new Map([[failedKey(R, 'instance'), 'AccessDenied']]) };
    const h2 = run(obs(5), run(obs(0)), undefined, blind);
    expect(h2.get('web-2')).toMatchObject({ state: 'stale', lastKnown: 'ok' });
  });
});
