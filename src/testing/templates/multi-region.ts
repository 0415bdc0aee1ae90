/** Multi-region active-active: two regional stacks behind latency DNS with health checks, a cross-region read replica. */
import type { Design } from '../../model';
import { design, type RegionBuilder } from '../builders';

const HC = { protocol: 'HTTP', path: '/health', port: 'traffic-port', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 3, unhealthyThreshold: 2 } as const;
const DNS_HC = { protocol: 'HTTP', path: '/health', intervalSeconds: 10, failureThreshold: 3 } as const;

// One region's stack: VPC, 2 AZs (public + app + data subnets, NAT each), ALB → TG → ASG, a database, alarms.
function stack(r: RegionBuilder, p: string, code: string, octet: number, db: 'primary' | 'replica'): void {
  const zones = [`${code}a`, `${code}b`];
  r.vpc(`${p}-vpc`, `10.${octet}.0.0/16`, (v) => {
    zones.forEach((zone, i) => v.az(`${p}-az${i}`, zone, (a) => a
      .subnet(`${p}-pub${i}`, `10.${octet}.${i}.0/24`, { name: `public-${zone.slice(-1)}`, public: true }, (s) => s.nat(`${p}-nat${i}`, { name: `NAT ${zone.slice(-1)}` }))
      .subnet(`${p}-app${i}`, `10.${octet}.${10 + i}.0/24`, { name: `app-${zone.slice(-1)}` })
      .subnet(`${p}-data${i}`, `10.${octet}.${20 + i}.0/24`, { name: `data-${zone.slice(-1)}` }, (s) => {
        if (i !== 0) return;
        s.database(`${p}-db`, db === 'primary'
          ? { name: `orders-db primary (${code})`, instanceClass: 'db.r6g.large', engineVersion: '8.0', multiAz: true, standbySubnetId: `${p}-data1`, subnetIds: [`${p}-data0`, `${p}-data1`], securityGroupIds: [`${p}-sg-db`], backupRetentionDays: 7 }
          : { name: `orders-db replica (${code})`, instanceClass: 'db.r6g.large', engineVersion: '8.0', role: 'replica', multiAz: true, standbySubnetId: `${p}-data1`, subnetIds: [`${p}-data0`, `${p}-data1`], securityGroupIds: [`${p}-sg-db`], backupRetentionDays: 7 });
      })));
    v.igw(`${p}-igw`, { name: 'Internet gateway' })
      .routeTable(`${p}-rt-pub`, { name: 'public routes', routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: `${p}-igw` }], subnetIds: [`${p}-pub0`, `${p}-pub1`] });
    zones.forEach((zone, i) => v.routeTable(`${p}-rt${i}`, { name: `private routes ${zone.slice(-1)}`, routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: `${p}-nat${i}` }], subnetIds: [`${p}-app${i}`, `${p}-data${i}`] }));
    v.securityGroup(`${p}-sg-alb`, { name: 'alb', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })
      .securityGroup(`${p}-sg-app`, { name: 'app', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 8080, toPort: 8080, sourceGroupId: `${p}-sg-alb` }] })
      .securityGroup(`${p}-sg-db`, { name: 'db', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 3306, toPort: 3306, sourceGroupId: `${p}-sg-app` }] })
      .lb(`${p}-alb`, { name: `ALB ${code}`, subnetIds: [`${p}-pub0`, `${p}-pub1`], securityGroupIds: [`${p}-sg-alb`], crossZone: true })
      .tg(`${p}-tg`, { name: 'app targets', port: 8080, healthCheck: HC, requiredCapacity: 2 })
      .asg(`${p}-asg`, { name: `app tier ${code}`, minSize: 4, desiredCapacity: 4, maxSize: 12, subnetIds: [`${p}-app0`, `${p}-app1`], healthCheckType: 'ELB', healthCheckGracePeriod: 120, requiredCapacity: 2, launch: { instanceType: 'm6i.large', role: 'web/app', securityGroupIds: [`${p}-sg-app`] } });
  });
  r.topic(`${p}-ops`, { name: 'ops alerts', subscriptions: [{ protocol: 'email', endpoint: 'oncall@example.com' }] })
    .alarm(`${p}-al-5xx`, { name: 'ALB 5xx', resourceId: `${p}-alb`, metric: 'HTTPCode_ELB_5XX_Count', statistic: 'Sum', threshold: 10, evaluationPeriods: 3, topicIds: [`${p}-ops`] })
    .alarm(`${p}-al-healthy`, { name: 'healthy hosts', resourceId: `${p}-tg`, metric: 'HealthyHostCount', statistic: 'Minimum', comparison: 'LessThanThreshold', threshold: 2, topicIds: [`${p}-ops`] })
    .alarm(`${p}-al-asg`, { name: 'ASG in service', resourceId: `${p}-asg`, metric: 'GroupInServiceInstances', statistic: 'Minimum', comparison: 'LessThanThreshold', threshold: 2, topicIds: [`${p}-ops`] })
    .alarm(`${p}-al-db`, { name: db === 'primary' ? 'DB CPU' : 'replica lag', resourceId: `${p}-db`, metric: db === 'primary' ? 'CPUUtilization' : 'ReplicaLag', threshold: db === 'primary' ? 80 : 30, evaluationPeriods: 3, topicIds: [`${p}-ops`] });
}

/** Builds the multi-region active-active design (the `multi-region-active-active` template). */
export function multiRegionActiveActive(): Design {
  return design('multi-region-active-active', 'Multi-region active-active')
    .describe('Multi-region active-active',
      'Two regional copies of the reference stack (us-east-1, us-west-2) behind a latency-routed DNS record with a health check per region. '
      + 'Orders are written to the Multi-AZ primary in us-east-1 and replicated over an inter-region VPC peering to a Multi-AZ cross-region replica in us-west-2, which is promoted if us-east-1 is lost; each region reads locally. '
      + 'The ALBs listen on HTTP:80 so the template applies as is; in production make each listener HTTPS:443 with an ACM certificate of its own region (and the DNS health checks HTTPS).')
    .objectives({ availabilityTarget: 99.95, rtoSeconds: { instance: 300, az: 600, region: 1800 }, rpoSeconds: { instance: 0, az: 60, region: 300 } })
    .dns('dns-shop', { name: 'shop.example.com (latency)', domain: 'shop.example.com', routing: 'latency', ttlSeconds: 60 })
    .region('use1', 'us-east-1', (r) => { stack(r, 'e', 'us-east-1', 0, 'primary'); r.peering('pcx-east-west', { name: 'inter-region peering' }); })
    .region('usw2', 'us-west-2', (r) => stack(r, 'w', 'us-west-2', 1, 'replica'))
    .traffic('dns-shop', 'e-alb', { dns: { region: 'us-east-1', healthCheck: DNS_HC } })
    .traffic('dns-shop', 'w-alb', { dns: { region: 'us-west-2', healthCheck: DNS_HC } })
    // HTTP so a first apply needs no certificate; HTTPS needs a certificate of each ALB's region (rule lb-https-no-certificate).
    .traffic('e-alb', 'e-tg', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('w-alb', 'w-tg', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('e-tg', 'e-asg').traffic('w-tg', 'w-asg')
    .dependency('e-asg', 'e-db', 'writer')
    .dependency('w-asg', 'e-db', 'writer')
    .dependency('w-asg', 'w-db', 'reader')
    .replication('e-db', 'w-db')
    .link('e-vpc', 'pcx-east-west')
    .link('pcx-east-west', 'w-vpc')
    .build();
}
