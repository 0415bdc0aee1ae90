/** The reference e-commerce HA architecture of SEED.md: one region, two AZs, ALB → ASG, Multi-AZ MySQL with a reader, alarms. */
import type { Design } from '../../model';
import { design } from '../builders';

const HC = { protocol: 'HTTP', path: '/health', port: 'traffic-port', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 3, unhealthyThreshold: 2 } as const;

/** Builds the reference design (the `ecommerce-ha` template). */
export function ecommerceHa(): Design {
  return design('ecommerce-ha', 'E-commerce HA (reference)')
    .describe('E-commerce HA (reference)',
      'The reference architecture: an internet-facing ALB in two AZs in front of an auto scaling app tier spread over both AZs, a NAT gateway per AZ, '
      + 'a Multi-AZ MySQL primary with a read replica in the other AZ (app uses the writer and reader endpoints), and alarms on every critical resource notifying an ops topic. '
      + 'The ALB listens on HTTP:80 so the template applies as is (Sandbox or AWS); in production make the listener HTTPS:443 with an ACM certificate of the region and open 443 on the ALB security group.')
    .objectives({ availabilityTarget: 99.9, rtoSeconds: { instance: 300, az: 600 }, rpoSeconds: { instance: 0, az: 60 } })
    .dns('dns-shop', { name: 'shop.example.com', domain: 'shop.example.com', routing: 'simple', ttlSeconds: 60 })
    .region('use1', 'us-east-1', (r) => r
      .vpc('vpc-shop', '10.0.0.0/16', (v) => v
        .az('az-a', 'us-east-1a', (a) => a
          .subnet('pub-a', '10.0.0.0/24', { name: 'public-a', public: true }, (s) => s.nat('nat-a', { name: 'NAT a' }))
          .subnet('app-a', '10.0.10.0/24', { name: 'app-a' })
          .subnet('data-a', '10.0.20.0/24', { name: 'data-a' }, (s) => s.database('db-primary', {
            name: 'orders-db (primary)', engine: 'mysql', engineVersion: '8.0', instanceClass: 'db.r6g.large', multiAz: true,
            standbySubnetId: 'data-b', subnetIds: ['data-a', 'data-b'], securityGroupIds: ['sg-db'], backupRetentionDays: 7, allocatedStorageGb: 100,
          })))
        .az('az-b', 'us-east-1b', (a) => a
          .subnet('pub-b', '10.0.1.0/24', { name: 'public-b', public: true }, (s) => s.nat('nat-b', { name: 'NAT b' }))
          .subnet('app-b', '10.0.11.0/24', { name: 'app-b' })
          .subnet('data-b', '10.0.21.0/24', { name: 'data-b' }, (s) => s.database('db-replica', {
            name: 'orders-db (reader)', engine: 'mysql', engineVersion: '8.0', instanceClass: 'db.r6g.large', role: 'replica', multiAz: false,
            subnetIds: ['data-a', 'data-b'], securityGroupIds: ['sg-db'], backupRetentionDays: 7, allocatedStorageGb: 100,
          })))
        .igw('igw', { name: 'Internet gateway' })
        .routeTable('rt-public', { name: 'public routes', routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'igw' }], subnetIds: ['pub-a', 'pub-b'] })
        .routeTable('rt-private-a', { name: 'private routes a', routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-a' }], subnetIds: ['app-a', 'data-a'] })
        .routeTable('rt-private-b', { name: 'private routes b', routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-b' }], subnetIds: ['app-b', 'data-b'] })
        .securityGroup('sg-alb', { name: 'alb', description: 'HTTP from the internet', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })
        .securityGroup('sg-app', { name: 'app', description: 'app port from the ALB', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 8080, toPort: 8080, sourceGroupId: 'sg-alb' }] })
        .securityGroup('sg-db', { name: 'db', description: 'MySQL from the app', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 3306, toPort: 3306, sourceGroupId: 'sg-app' }] })
        .lb('alb', { name: 'shop ALB', type: 'application', scheme: 'internet-facing', subnetIds: ['pub-a', 'pub-b'], securityGroupIds: ['sg-alb'], crossZone: true })
        .tg('tg-app', { name: 'app targets', protocol: 'HTTP', port: 8080, healthCheck: HC, requiredCapacity: 2 })
        .asg('asg-app', {
          name: 'app tier', minSize: 4, desiredCapacity: 4, maxSize: 12, subnetIds: ['app-a', 'app-b'], healthCheckType: 'ELB', healthCheckGracePeriod: 120,
          requiredCapacity: 2, launch: { instanceType: 'm6i.large', role: 'web/app (nginx + app server)', securityGroupIds: ['sg-app'] },
        }))
      .topic('ops', { name: 'ops alerts', subscriptions: [{ protocol: 'email', endpoint: 'oncall@example.com' }] })
      .alarm('al-alb-5xx', { name: 'ALB 5xx', resourceId: 'alb', namespace: 'AWS/ApplicationELB', metric: 'HTTPCode_ELB_5XX_Count', statistic: 'Sum', comparison: 'GreaterThanThreshold', threshold: 10, evaluationPeriods: 3, topicIds: ['ops'] })
      .alarm('al-healthy', { name: 'healthy hosts', resourceId: 'tg-app', namespace: 'AWS/ApplicationELB', metric: 'HealthyHostCount', statistic: 'Minimum', comparison: 'LessThanThreshold', threshold: 2, evaluationPeriods: 2, topicIds: ['ops'] })
      .alarm('al-asg', { name: 'ASG in service', resourceId: 'asg-app', namespace: 'AWS/AutoScaling', metric: 'GroupInServiceInstances', statistic: 'Minimum', comparison: 'LessThanThreshold', threshold: 2, evaluationPeriods: 2, topicIds: ['ops'] })
      .alarm('al-db-cpu', { name: 'DB CPU', resourceId: 'db-primary', namespace: 'AWS/RDS', metric: 'CPUUtilization', comparison: 'GreaterThanThreshold', threshold: 80, evaluationPeriods: 5, topicIds: ['ops'] })
      .alarm('al-db-lag', { name: 'replica lag', resourceId: 'db-replica', namespace: 'AWS/RDS', metric: 'ReplicaLag', statistic: 'Maximum', comparison: 'GreaterThanThreshold', threshold: 30, evaluationPeriods: 3, topicIds: ['ops'] }))
    .traffic('dns-shop', 'alb', { dns: {} })
    // HTTP so a first apply needs no certificate; HTTPS needs listener.certificateArn (rule lb-https-no-certificate).
    .traffic('alb', 'tg-app', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('tg-app', 'asg-app')
    .dependency('asg-app', 'db-primary', 'writer')
    .dependency('asg-app', 'db-replica', 'reader')
    .replication('db-primary', 'db-replica')
    .build();
}
