/** The deliberately fragile starter: everything in one AZ, one instance, single-AZ database, one NAT, no alarms. */
import type { Design } from '../../model';
import { design } from '../builders';

/** Builds the fragile starter (the `fragile-starter` template): a teaching example, full of findings. */
export function fragileStarter(): Design {
  return design('fragile-starter', 'Fragile starter')
    .describe('Fragile starter',
      'A typical first deployment that works until something breaks: one web instance behind the load balancer, a single-AZ MySQL, '
      + 'one NAT gateway for both AZs and no alarms. Run the validator and fix the findings one by one to reach the reference design.')
    .objectives({ availabilityTarget: 99.9, rtoSeconds: { instance: 300, az: 600 }, rpoSeconds: { az: 60 } })
    .region('use1', 'us-east-1', (r) => r
      .vpc('vpc-shop', '10.0.0.0/16', (v) => v
        .az('az-a', 'us-east-1a', (a) => a
          .subnet('pub-a', '10.0.0.0/24', { name: 'public-a', public: true }, (s) => s.nat('nat-a', { name: 'the only NAT' }))
          .subnet('app-a', '10.0.10.0/24', { name: 'app-a' }, (s) => s
            .instance('web-1', { name: 'web-1', instanceType: 't3.large', role: 'web/app', securityGroupIds: ['sg-app'] })
            .database('db', { name: 'orders-db', engine: 'mysql', instanceClass: 'db.t3.medium', multiAz: false, subnetIds: ['app-a', 'app-b'], securityGroupIds: ['sg-app'], backupRetentionDays: 1 })))
        .az('az-b', 'us-east-1b', (a) => a
          .subnet('pub-b', '10.0.1.0/24', { name: 'public-b', public: true })
          .subnet('app-b', '10.0.11.0/24', { name: 'app-b' }))
        .igw('igw', { name: 'Internet gateway' })
        .routeTable('rt-public', { name: 'public routes', routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'igw' }], subnetIds: ['pub-a', 'pub-b'] })
        .routeTable('rt-private', { name: 'private routes (one NAT)', routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-a' }], subnetIds: ['app-a', 'app-b'] })
        .securityGroup('sg-app', { name: 'web', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })
        .lb('alb', { name: 'web ALB', subnetIds: ['pub-a', 'pub-b'], securityGroupIds: ['sg-app'], crossZone: true })
        .tg('tg-web', { name: 'web targets', port: 80, healthCheck: null })))
    .traffic('alb', 'tg-web', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('tg-web', 'web-1')
    .dependency('web-1', 'db', 'writer')
    .build();
}
