// One failing and one passing case per rule, on the templates and small edits of them.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model';
import { design } from '../../testing/builders';
import { crossVpc, edgeWhere, fragile, multiRegion, patch, patchEdge, reference, remove } from '../../testing/validate-fixtures';
import { RULES } from '../registry';
import { validateDesign } from '../engine';

const hits = (d: Design, rule: string) => validateDesign(d).findings.filter((f) => f.rule === rule);
const REF = reference();
const MR = multiRegion();
const FRAGILE = fragile();

function vpnDesign(tunnels: readonly ('ipsec' | 'gre')[]): Design {
  return design('vpn').region('r', 'us-east-1', (r) => r
    .vpc('v', '10.0.0.0/16', (v) => v.az('a', 'us-east-1a', (a) => a.subnet('s', '10.0.0.0/24')))
    .vpn('vpn', { siteName: 'HQ', tunnels: tunnels.map((protocol) => ({ protocol })) }))
    .link('v', 'vpn').build();
}

const cases: Record<string, { fail: () => Design; pass: () => Design; resources?: readonly string[] }> = {
  'tier-single-instance': { fail: () => patch(REF, { 'asg-app': { minSize: 1 } }), pass: () => REF, resources: ['tg-app', 'asg-app'] },
  'tier-single-az': { fail: () => patch(REF, { 'asg-app': { subnetIds: ['app-a'] } }), pass: () => REF, resources: ['tg-app', 'asg-app'] },
  'tier-az-imbalance': { fail: () => patch(REF, { 'asg-app': { desiredCapacity: 3 } }), pass: () => REF, resources: ['tg-app'] },
  'static-stability': { fail: () => patch(REF, { 'asg-app': { requiredCapacity: undefined }, 'tg-app': { requiredCapacity: undefined } }), pass: () => REF, resources: ['tg-app'] },
  'lb-single-az': { fail: () => patch(REF, { alb: { subnetIds: ['pub-a'] } }), pass: () => REF, resources: ['alb', 'pub-a'] },
  'lb-az-without-targets': { fail: () => FRAGILE, pass: () => REF, resources: ['alb', 'pub-b'] },
  'lb-no-health-check': { fail: () => patch(REF, { 'tg-app': { healthCheck: null } }), pass: () => REF, resources: ['tg-app'] },
  'lb-https-no-certificate': { fail: () => patchEdge(REF, 'alb', 'tg-app', { listener: { protocol: 'HTTPS', port: 443 } }), pass: () => REF, resources: ['alb', 'tg-app'] },
  'asg-no-elb-health-check': { fail: () => patch(REF, { 'asg-app': { healthCheckType: 'EC2' } }), pass: () => REF, resources: ['asg-app', 'tg-app'] },
  'lb-cross-zone-disabled': { fail: () => patch(REF, { alb: { crossZone: false }, 'asg-app': { desiredCapacity: 3 } }), pass: () => patch(REF, { alb: { crossZone: false } }), resources: ['alb'] },
  'lb-internet-facing-private-subnet': { fail: () => patch(REF, { alb: { subnetIds: ['app-a', 'pub-b'] } }), pass: () => REF, resources: ['alb', 'app-a'] },
  'nat-cross-az': {
    fail: () => patch(REF, { 'rt-private-b': { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-a' }] } }),
    pass: () => REF, resources: ['nat-a', 'app-b', 'data-b', 'rt-private-b'],
  },
  'nat-private-subnet': { fail: () => patch(REF, { 'nat-b': { parent: 'app-b' } }), pass: () => REF, resources: ['nat-b', 'app-b'] },
  'db-single-az': { fail: () => FRAGILE, pass: () => patch(REF, { 'db-primary': { multiAz: false } }), resources: ['db'] },
  'db-replicas-same-az': { fail: () => patch(REF, { 'db-replica': { parent: 'data-a' } }), pass: () => REF, resources: ['db-primary', 'db-replica'] },
  'db-client-pinned-instance': { fail: () => patchEdge(REF, 'asg-app', 'db-primary', { endpoint: 'instance' }), pass: () => REF, resources: ['asg-app', 'db-primary'] },
  'db-no-backups': { fail: () => patch(REF, { 'db-primary': { backupRetentionDays: 0 } }), pass: () => REF, resources: ['db-primary'] },
  'vpn-single-tunnel': { fail: () => vpnDesign(['ipsec']), pass: () => vpnDesign(['ipsec', 'ipsec']), resources: ['vpn'] },
  'link-unencrypted': { fail: () => vpnDesign(['gre', 'ipsec']), pass: () => vpnDesign(['ipsec', 'ipsec']), resources: ['vpn'] },
  'region-single': { fail: () => ({ ...REF, objectives: { ...REF.objectives, rtoSeconds: { ...REF.objectives.rtoSeconds, region: 3600 } } }), pass: () => MR, resources: ['use1'] },
  'dns-failover-no-health-check': { fail: () => patchEdge(MR, 'dns-shop', 'w-alb', { dns: { region: 'us-west-2' } }), pass: () => MR, resources: ['dns-shop', 'w-alb'] },
  'alarm-missing': { fail: () => remove(REF, ['al-db-cpu']), pass: () => REF, resources: ['db-primary'] },
  'alarm-no-notification': { fail: () => patch(REF, { 'al-asg': { topicIds: [] } }), pass: () => REF, resources: ['al-asg', 'asg-app'] },
  'cidr-invalid': { fail: () => patch(REF, { 'app-a': { cidr: '10.0.10.7/24' } }), pass: () => REF, resources: ['app-a'] },
  'cidr-overlap': { fail: () => patch(REF, { 'app-b': { cidr: '10.0.10.0/25' } }), pass: () => REF, resources: ['app-a', 'app-b'] },
  'path-broken': { fail: () => remove(MR, MR.edges.filter((e) => e.kind === 'link').map((e) => e.id)), pass: () => MR, resources: ['w-alb'] },
  spof: { fail: () => crossVpc(1), pass: () => crossVpc(2), resources: ['tgw0', 'lb'] },
  'objective-availability-unmet': { fail: () => FRAGILE, pass: () => REF, resources: ['alb'] },
  'objective-rto-unmet': { fail: () => ({ ...REF, objectives: { ...REF.objectives, rtoSeconds: { instance: 60 } } }), pass: () => REF, resources: ['dns-shop'] },
  'objective-rpo-unmet': { fail: () => ({ ...MR, objectives: { ...MR.objectives, rpoSeconds: { region: 1 } } }), pass: () => MR, resources: ['dns-shop'] },
};

describe('every rule has a failing and a passing case', () => {
  it('covers every registered rule', () => {
    expect(Object.keys(cases).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const [rule, c] of Object.entries(cases)) {
    it(`${rule}: fires on the failing design`, () => {
      const found = hits(c.fail(), rule);
      expect(found.length).toBeGreaterThan(0);
      const meta = RULES.find((r) => r.id === rule)!;
      for (const f of found) {
        expect(f.severity).toBe(meta.severity);
        expect(f.message.length).toBeGreaterThan(20);
        expect(f.fix.length).toBeGreaterThan(10);
      }
      if (c.resources) expect(found.flatMap((f) => f.resources)).toEqual(expect.arrayContaining([...c.resources]));
    });
    it(`${rule}: stays quiet on the passing design`, () => {
      expect(hits(c.pass(), rule)).toEqual([]);
    });
  }
});

describe('rule details', () => {
  it('cidr-overlap also finds subnets outside their VPC and overlapping linked VPCs', () => {
    expect(hits(patch(REF, { 'app-a': { cidr: '10.9.0.0/24' } }), 'cidr-overlap')[0]!.message).toMatch(/outside its VPC/);
    const linked = patch(MR, { 'w-vpc': { cidr: '10.0.0.0/16' } });
    expect(hits(linked, 'cidr-overlap').some((f) => f.resources.includes('pcx-east-west') && /linked/.test(f.message))).toBe(true);
  });

  it('tier-single-instance also covers a DNS record pointing at one instance', () => {
    const d = design('dns-one').region('r', 'us-east-1', (r) => r.vpc('v', '10.0.0.0/16', (v) => v.az('a', 'us-east-1a', (a) => a.subnet('s', '10.0.0.0/24', { public: true }, (s) => s.instance('web')))))
      .dns('www', { domain: 'www.example.com' }).traffic('www', 'web', { dns: {} }).build();
    expect(hits(d, 'tier-single-instance').map((f) => f.resources)).toEqual([['www', 'web']]);
  });

  it('nat-cross-az flags one NAT serving several AZs in the fragile starter', () => {
    expect(hits(FRAGILE, 'nat-cross-az')[0]!.resources).toEqual(['nat-a', 'app-b', 'rt-private']);
  });

  it('spof names the domain and the broken path, for failures no attribute rule reports', () => {
    const [f] = hits(crossVpc(1), 'spof');
    expect(f!.message).toMatch(/transit gateway tgw0/);
    expect(f!.message).toMatch(/lb → tg → asg/);
    const others = validateDesign(crossVpc(1)).findings.filter((x) => x.rule !== 'spof' && x.severity === 'error');
    expect(others).toEqual([]);
  });

  it('spof finds a lone instance tier, a single-AZ database and the AZ holding both', () => {
    const spofs = hits(FRAGILE, 'spof').map((f) => f.resources[0]);
    expect(spofs).toEqual(expect.arrayContaining(['web-1', 'db', 'nat-a', 'alb']));
    expect(hits(FRAGILE, 'spof').some((f) => /AZ us-east-1a/.test(f.message))).toBe(true);
  });

  it('spof sees that a pinned client misses the Multi-AZ failover', () => {
    const d = patchEdge(REF, 'asg-app', 'db-primary', { endpoint: 'instance' });
    expect(hits(d, 'spof').some((f) => f.resources[0] === 'db-primary' && /pinned/.test(f.message))).toBe(true);
    expect(hits(REF, 'spof')).toEqual([]);
  });

  it('region loss counts as a SPOF only when a region objective or a second region asks for it', () => {
    expect(hits(REF, 'spof').some((f) => /region/.test(f.message))).toBe(false);
    const withObjective = { ...REF, objectives: { ...REF.objectives, rtoSeconds: { region: 3600 } } };
    expect(hits(withObjective, 'spof').some((f) => /region us-east-1/.test(f.message))).toBe(true);
  });

  it('objective-rto-unmet reports an unbounded recovery for a lone instance', () => {
    const f = hits(FRAGILE, 'objective-rto-unmet').find((x) => /an instance/.test(x.message));
    expect(f?.message).toMatch(/does not recover without manual work/);
  });

  it('dns-failover-no-health-check checks the primary of a failover record', () => {
    const d = design('fo').region('r', 'us-east-1', (r) => r.vpc('v', '10.0.0.0/16', (v) => v.az('a', 'us-east-1a', (a) => a.subnet('s', '10.0.0.0/24', {}, (s) => s.instance('i1').instance('i2')))))
      .dns('rec', { routing: 'failover' }).traffic('rec', 'i1', { dns: { failoverRole: 'primary' } }).traffic('rec', 'i2', { dns: { failoverRole: 'secondary' } }).build();
    expect(hits(d, 'dns-failover-no-health-check')[0]!.resources).toEqual(['rec', 'i1']);
    const fixed = patchEdge(d, 'rec', 'i1', { dns: { failoverRole: 'primary', healthCheck: { protocol: 'TCP', intervalSeconds: 10, failureThreshold: 3 } } });
    expect(hits(fixed, 'dns-failover-no-health-check')).toEqual([]);
    expect(edgeWhere(fixed, (e) => e.target === 'i1').kind).toBe('traffic');
  });
});
