/** fast-check arbitraries of valid designs with the shapes the validator cares about (tiers, AZ spreads, databases, NATs, DNS). */
import fc from 'fast-check';
import type { Design } from '../model';
import { design } from './builders';

/** Knobs of one random design. */
export interface DesignKnobs {
  readonly azs: number;
  readonly instances: readonly number[];
  readonly asg: { readonly min: number; readonly desired: number; readonly azs: number; readonly elb: boolean } | null;
  readonly healthCheck: boolean;
  readonly crossZone: boolean;
  readonly lbAzs: number;
  readonly natPerAz: boolean;
  readonly db: { readonly multiAz: boolean; readonly replicaAz: number | null; readonly backups: number; readonly endpoint: 'writer' | 'instance' } | null;
  readonly alarms: boolean;
  readonly dns: 'none' | 'simple' | 'failover' | 'latency';
  readonly dnsHealthCheck: boolean;
  readonly second: boolean;
  readonly vpnTunnels: number;
  readonly gre: boolean;
  readonly objectives: { readonly availability: number; readonly rtoAz: number; readonly region: boolean };
}

/** Arbitrary knobs. */
export const knobs: fc.Arbitrary<DesignKnobs> = fc.record({
  azs: fc.integer({ min: 1, max: 3 }),
  instances: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
  asg: fc.option(fc.record({ min: fc.integer({ min: 0, max: 3 }), desired: fc.integer({ min: 0, max: 6 }), azs: fc.integer({ min: 1, max: 3 }), elb: fc.boolean() }), { nil: null }),
  healthCheck: fc.boolean(),
  crossZone: fc.boolean(),
  lbAzs: fc.integer({ min: 0, max: 3 }),
  natPerAz: fc.boolean(),
  db: fc.option(fc.record({ multiAz: fc.boolean(), replicaAz: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), backups: fc.integer({ min: 0, max: 7 }), endpoint: fc.constantFrom('writer' as const, 'instance' as const) }), { nil: null }),
  alarms: fc.boolean(),
  dns: fc.constantFrom('none' as const, 'simple' as const, 'failover' as const, 'latency' as const),
  dnsHealthCheck: fc.boolean(),
  second: fc.boolean(),
  vpnTunnels: fc.integer({ min: 0, max: 2 }),
  gre: fc.boolean(),
  objectives: fc.record({ availability: fc.constantFrom(99, 99.9, 99.99), rtoAz: fc.constantFrom(60, 600, 3600), region: fc.boolean() }),
});

const CODES = ['us-east-1', 'eu-west-1'];

/** Builds the design a set of knobs describes (always valid for the model). */
export function designFromKnobs(k: DesignKnobs): Design {
  const b = design('prop', 'Random design').objectives({
    availabilityTarget: k.objectives.availability, rtoSeconds: { az: k.objectives.rtoAz, ...(k.objectives.region ? { region: 3600 } : {}) }, rpoSeconds: { az: 60 },
  });
  const regions = k.second ? 2 : 1;
  for (let r = 0; r < regions; r++) {
    const code = CODES[r]!;
    const p = `r${r}`;
    const zones = Array.from({ length: k.azs }, (_, i) => `${code}${'abc'[i]}`);
    b.region(p, code, (rb) => {
      rb.vpc(`${p}-vpc`, `10.${r}.0.0/16`, (v) => {
        zones.forEach((z, i) => v.az(`${p}-az${i}`, z, (a) => a
          .subnet(`${p}-pub${i}`, `10.${r}.${i}.0/24`, { public: true }, (s) => { if (k.natPerAz || i === 0) s.nat(`${p}-nat${i}`); })
          .subnet(`${p}-app${i}`, `10.${r}.${10 + i}.0/24`, {}, (s) => {
            for (let j = 0; j < (k.instances[i] ?? 0); j++) s.instance(`${p}-i${i}-${j}`);
            if (k.db && r === 0 && i === 0) s.database(`${p}-db`, { multiAz: k.db.multiAz && k.azs > 1, subnetIds: zones.map((_, x) => `${p}-app${x}`), backupRetentionDays: k.db.backups });
            if (k.db && r === 0 && k.db.replicaAz === i) s.database(`${p}-db-r`, { role: 'replica', subnetIds: [`${p}-app${i}`] });
          })));
        v.igw(`${p}-igw`).routeTable(`${p}-rt-pub`, { routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: `${p}-igw` }], subnetIds: zones.map((_, i) => `${p}-pub${i}`) });
        zones.forEach((_, i) => v.routeTable(`${p}-rt${i}`, { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: `${p}-nat${k.natPerAz ? i : 0}` }], subnetIds: [`${p}-app${i}`] }));
        v.lb(`${p}-lb`, { subnetIds: zones.slice(0, k.lbAzs).map((_, i) => `${p}-pub${i}`), crossZone: k.crossZone })
          .tg(`${p}-tg`, k.healthCheck ? {} : { healthCheck: null });
        if (k.asg) v.asg(`${p}-asg`, { minSize: Math.min(k.asg.min, k.asg.desired), desiredCapacity: k.asg.desired, maxSize: Math.max(k.asg.desired, 1), subnetIds: zones.slice(0, k.asg.azs).map((_, i) => `${p}-app${i}`), healthCheckType: k.asg.elb ? 'ELB' : 'EC2' });
      });
      if (k.alarms) rb.topic(`${p}-ops`).alarm(`${p}-al`, { resourceId: `${p}-lb`, metric: 'HTTPCode_ELB_5XX_Count', threshold: 1, topicIds: [`${p}-ops`] });
      if (k.vpnTunnels > 0 && r === 0) rb.vpn(`${p}-vpn`, { tunnels: Array.from({ length: k.vpnTunnels }, () => ({ protocol: k.gre ? 'gre' as const : 'ipsec' as const })) });
    });
    b.traffic(`${p}-lb`, `${p}-tg`, { listener: { protocol: 'HTTP', port: 80 } });
    if (k.asg) b.traffic(`${p}-tg`, `${p}-asg`);
    zones.forEach((_, i) => { for (let j = 0; j < (k.instances[i] ?? 0); j++) b.traffic(`${p}-tg`, `${p}-i${i}-${j}`); });
    if (k.db) {
      const app = k.asg ? `${p}-asg` : (k.instances[0] ?? 0) > 0 ? `${p}-i0-0` : undefined;
      if (app) b.dependency(app, `r0-db`, k.db.endpoint);
      if (r === 0 && k.db.replicaAz !== null && k.db.replicaAz < k.azs) b.replication('r0-db', 'r0-db-r');
    }
    if (r === 0 && k.vpnTunnels > 0) b.link(`${p}-vpc`, `${p}-vpn`);
  }
  if (k.second && k.db) b.node('vpcPeering', 'pcx', 'r0').link('r0-vpc', 'pcx').link('pcx', 'r1-vpc');
  if (k.dns !== 'none') {
    const hc = k.dnsHealthCheck ? { protocol: 'HTTP' as const, intervalSeconds: 10 as const, failureThreshold: 3 } : null;
    b.dns('dns', { routing: k.dns, domain: 'app.example.com' });
    b.traffic('dns', 'r0-lb', { dns: { ...(k.dns === 'failover' ? { failoverRole: 'primary' as const } : {}), healthCheck: hc } });
    if (k.second) b.traffic('dns', 'r1-lb', { dns: { ...(k.dns === 'failover' ? { failoverRole: 'secondary' as const } : {}), healthCheck: hc } });
  }
  return b.build();
}

/** Arbitrary valid designs. */
export const arbitraryDesign: fc.Arbitrary<Design> = knobs.map(designFromKnobs);
