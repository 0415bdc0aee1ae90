/** Deterministic large designs for benchmarks and property tests: many regions, VPCs, AZs, tiers, databases and alarms. */
import type { Design } from '../model';
import { design, type DesignBuilder, type RegionBuilder } from './builders';

/** A small fast seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'eu-north-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ap-south-1', 'sa-east-1', 'ca-central-1'];
const TYPES = ['t3.medium', 'm6i.large', 'c6i.large', 'm7g.large'];
/** Nodes one generated VPC stack adds (must match `stack` below). */
const STACK_NODES = 33;
const VPCS_PER_REGION = 24;

interface StackInfo { readonly appSubnets: string[]; readonly tg2: string }

function vpcCidr(k: number): string {
  return `10.${k >> 4}.${(k & 15) << 4}.0/20`;
}
function subnetCidr(k: number, j: number): string {
  return `10.${k >> 4}.${((k & 15) << 4) + j}.0/24`;
}

// One VPC stack: 3 AZs (public + private subnets, NAT each), IGW, route tables,
// ALB → TG → ASG, a second TG with instances, a Multi-AZ MySQL with a replica, alarms.
function stack(r: RegionBuilder, b: DesignBuilder, code: string, k: number, rnd: () => number, topic: string): StackInfo {
  const p = `s${k}`;
  const zones = ['a', 'b', 'c'].map((l) => code + l);
  const pub = zones.map((_, i) => `${p}-pub${i}`);
  const app = zones.map((_, i) => `${p}-app${i}`);
  const skew = rnd() < 0.15;
  const pinned = rnd() < 0.1;
  const singleAzDb = rnd() < 0.1;
  r.vpc(`${p}-vpc`, vpcCidr(k), (v) => {
    zones.forEach((zone, i) => v.az(`${p}-az${i}`, zone, (a) => a
      .subnet(pub[i]!, subnetCidr(k, i), { public: true }, (s) => s.nat(`${p}-nat${i}`))
      .subnet(app[i]!, subnetCidr(k, 4 + i), {}, (s) => {
        s.instance(`${p}-i${i}`, { instanceType: TYPES[Math.floor(rnd() * TYPES.length)]!, role: 'worker' });
        if (i === 0) s.database(`${p}-db`, { multiAz: !singleAzDb, subnetIds: [app[0]!, app[1]!], standbySubnetId: singleAzDb ? undefined : app[1]! });
        if (i === 2) s.database(`${p}-db-r`, { role: 'replica', subnetIds: [app[2]!] });
      })));
    v.igw(`${p}-igw`)
      .routeTable(`${p}-rt-pub`, { routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: `${p}-igw` }], subnetIds: pub });
    zones.forEach((_, i) => v.routeTable(`${p}-rt${i}`, { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: `${p}-nat${i}` }], subnetIds: [app[i]!] }));
    v.securityGroup(`${p}-sg-lb`).securityGroup(`${p}-sg-app`)
      .lb(`${p}-lb`, { subnetIds: pub, securityGroupIds: [`${p}-sg-lb`] })
      .tg(`${p}-tg`).tg(`${p}-tg2`, { port: 8080 })
      .asg(`${p}-asg`, { minSize: skew ? 1 : 3, desiredCapacity: 3, maxSize: 9, subnetIds: skew ? [app[0]!] : app });
  });
  r.alarm(`${p}-al-5xx`, { resourceId: `${p}-lb`, metric: 'HTTPCode_ELB_5XX_Count', threshold: 10, topicIds: [topic] })
    .alarm(`${p}-al-asg`, { resourceId: `${p}-asg`, metric: 'GroupInServiceInstances', comparison: 'LessThanThreshold', threshold: 2, topicIds: [topic] })
    .alarm(`${p}-al-db`, { resourceId: `${p}-db`, metric: 'CPUUtilization', threshold: 80, topicIds: [topic] })
    .alarm(`${p}-al-lag`, { resourceId: `${p}-db-r`, metric: 'ReplicaLag', threshold: 30, topicIds: rnd() < 0.2 ? [] : [topic] });
  b.traffic(`${p}-lb`, `${p}-tg`, { listener: { protocol: 'HTTP', port: 80 } })
    .traffic(`${p}-lb`, `${p}-tg2`, { listener: { protocol: 'HTTP', port: 8080 } })
    .traffic(`${p}-tg`, `${p}-asg`)
    .dependency(`${p}-asg`, `${p}-db`, pinned ? 'instance' : 'writer')
    .dependency(`${p}-asg`, `${p}-db-r`, 'reader')
    .replication(`${p}-db`, `${p}-db-r`);
  zones.forEach((_, i) => b.traffic(`${p}-tg2`, `${p}-i${i}`).dependency(`${p}-i${i}`, `${p}-db`, 'writer'));
  return { appSubnets: app, tg2: `${p}-tg2` };
}

/**
 * A realistic design of exactly `resourceCount` nodes (at least one stack's worth),
 * the same for the same seed: VPC stacks spread over regions, a latency DNS record per
 * region pair, the remainder filled with extra instances behind existing target groups.
 */
export function generateDesign(resourceCount: number, seed = 1): Design {
  const rnd = seededRandom(seed);
  const b = design(`gen-${resourceCount}-${seed}`, `Generated ${resourceCount}`)
    .objectives({ availabilityTarget: 99.9, rtoSeconds: { instance: 600, az: 900 }, rpoSeconds: { az: 60 } });
  let count = 0;
  const stacks: StackInfo[] = [];
  const lbs: string[] = [];
  for (let reg = 0; count + 2 + STACK_NODES <= resourceCount || reg === 0; reg++) {
    const code = REGIONS[reg % REGIONS.length]!;
    const rid = `r${reg}`;
    b.region(rid, code, (r) => {
      r.topic(`${rid}-ops`, { subscriptions: [{ protocol: 'email', endpoint: 'ops@example.com' }] });
      count += 2;
      for (let v = 0; v < VPCS_PER_REGION && (count + STACK_NODES <= resourceCount || stacks.length === 0); v++) {
        const k = stacks.length;
        stacks.push(stack(r, b, code, k, rnd, `${rid}-ops`));
        lbs.push(`s${k}-lb`);
        count += STACK_NODES;
      }
    });
  }
  for (let d = 0; d + 1 < lbs.length && count < resourceCount; d += 2) {
    b.dns(`dns${d}`, { domain: `app${d}.example.com`, routing: 'failover', healthCheck: null })
      .traffic(`dns${d}`, lbs[d]!, { dns: { failoverRole: 'primary', healthCheck: { protocol: 'HTTPS', path: '/health', intervalSeconds: 30, failureThreshold: 3 } } })
      .traffic(`dns${d}`, lbs[d + 1]!, { dns: { failoverRole: 'secondary', healthCheck: { protocol: 'HTTPS', path: '/health', intervalSeconds: 30, failureThreshold: 3 } } });
    count++;
  }
  for (let extra = 0; count < resourceCount; extra++, count++) {
    const s = stacks[Math.floor(rnd() * stacks.length)]!;
    const subnet = s.appSubnets[Math.floor(rnd() * 3)]!;
    const id = `x${extra}`;
    b.node('instance', id, subnet, { instanceType: 't3.small', role: 'worker' }).traffic(s.tg2, id);
  }
  return b.build();
}
