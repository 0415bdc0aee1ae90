// Designs for the IaC tests: one that uses every kind and edge, in two regions.
import type { Design } from '../model';
import { design } from '../testing/builders';

/** Every node kind and edge kind: two regions, failover DNS, replicas across regions, peering, TGW, VPN, alarms, a generic resource. */
export function everyKindDesign(): Design {
  return design('shop-prod', 'Shop')
    .region('r1', 'us-east-1', (r) => r
      .vpc('vpc1', '10.0.0.0/16', (v) => v
        .az('az1a', 'us-east-1a', (a) => a
          .subnet('pub1a', '10.0.0.0/24', { public: true }, (s) => s.nat('nat1a'))
          .subnet('app1a', '10.0.10.0/24', {}, (s) => s.instance('web1', { role: 'nginx proxy', securityGroupIds: ['sg-app'] }).database('db1', { multiAz: true, subnetIds: ['app1a', 'app1b'], securityGroupIds: ['sg-db'], engine: 'mysql', engineVersion: '8.0' })))
        .az('az1b', 'us-east-1b', (a) => a
          .subnet('pub1b', '10.0.1.0/24', { public: true })
          .subnet('app1b', '10.0.11.0/24', {}, (s) => s.instance('web2', { securityGroupIds: ['sg-app'] }).database('db1r', { role: 'replica', subnetIds: ['app1b'] })))
        .igw('igw1')
        .routeTable('rt-pub', { routes: [{ destination: '10.0.0.0/16', targetKind: 'local' }, { destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'igw1' }], subnetIds: ['pub1a', 'pub1b'] })
        .routeTable('rt-app', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat1a' }, { destination: '10.1.0.0/16', targetKind: 'vpcPeering', target: 'peer' }, { destination: '192.168.0.0/16', targetKind: 'transitGateway', target: 'tgw' }], subnetIds: ['app1a', 'app1b'] })
        .securityGroup('sg-lb', { description: 'public HTTPS', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }] })
        .securityGroup('sg-app', { rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 8080, toPort: 8080, sourceGroupId: 'sg-lb' }, { direction: 'egress', protocol: 'all', fromPort: -1, toPort: -1, cidr: '0.0.0.0/0' }] })
        .securityGroup('sg-db', { rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 3306, toPort: 3306, sourceGroupId: 'sg-app', description: 'app to db' }] })
        .lb('alb', { subnetIds: ['pub1a', 'pub1b'], securityGroupIds: ['sg-lb'] })
        .lb('nlb', { type: 'network', scheme: 'internal', subnetIds: ['app1a', 'app1b'], crossZone: false, preserveClientIp: true })
        .tg('tg-web', { port: 8080 })
        .tg('tg-api', { protocol: 'TCP', port: 9000, healthCheck: { protocol: 'TCP', port: 'traffic-port', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 3, unhealthyThreshold: 3 } })
        .asg('asg-api', { subnetIds: ['app1a', 'app1b'], launch: { instanceType: 'm6i.large', role: 'api', securityGroupIds: ['sg-app'] } }))
      .topic('ops', { subscriptions: [{ protocol: 'email', endpoint: 'oncall@example.com' }] })
      .alarm('al-5xx', { resourceId: 'alb', metric: 'HTTPCode_ELB_5XX_Count', threshold: 10, topicIds: ['ops'] })
      .alarm('al-db', { resourceId: 'db1', metric: 'CPUUtilization', threshold: 80, topicIds: ['ops'] })
      .alarm('al-asg', { resourceId: 'asg-api', metric: 'GroupInServiceInstances', comparison: 'LessThanThreshold', threshold: 2, topicIds: ['ops'] })
      .transitGateway('tgw')
      .vpn('vpn', { customerGatewayIp: '198.51.100.7', siteName: 'Berlin DC', tunnels: [{ protocol: 'ipsec', insideCidr: '169.254.10.0/30' }, { protocol: 'ipsec' }] })
      .peering('peer'))
    .region('r2', 'eu-west-1', (r) => r
      .vpc('vpc2', '10.1.0.0/16', (v) => v
        .az('az2a', 'eu-west-1a', (a) => a.subnet('pub2a', '10.1.0.0/24', { public: true }, (s) => s.instance('web3', { imageId: 'ami-0abc1234' })).subnet('db2a', '10.1.10.0/24', {}, (s) => s.database('db2r', { role: 'replica', subnetIds: ['db2a', 'db2b'] })))
        .az('az2c', 'eu-west-1c', (a) => a.subnet('pub2c', '10.1.1.0/24', { public: true }).subnet('db2b', '10.1.11.0/24'))
        .lb('alb2', { subnetIds: ['pub2a', 'pub2c'] })
        .tg('tg2')
        .generic('bucket', { resourceType: 'AWS::S3::Bucket', name: 'assets' })))
    .dns('www', { domain: 'www.shop.example.com', routing: 'failover', healthCheck: { protocol: 'HTTPS', path: '/health', intervalSeconds: 30, failureThreshold: 3 } })
    .dns('api', { domain: 'api.shop.example.com', routing: 'latency' })
    .traffic('www', 'alb', { dns: { failoverRole: 'primary' } })
    .traffic('www', 'alb2', { dns: { failoverRole: 'secondary' } })
    .traffic('api', 'alb', { dns: { region: 'us-east-1' } })
    .traffic('api', 'alb2', { dns: { region: 'eu-west-1' } })
    .traffic('alb', 'tg-web', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('nlb', 'tg-api', { listener: { protocol: 'TCP', port: 9000 } })
    .traffic('alb2', 'tg2', { listener: { protocol: 'HTTP', port: 80 } })
    .traffic('tg-web', 'web1')
    .traffic('tg-web', 'web2')
    .traffic('tg-api', 'asg-api')
    .traffic('tg2', 'web3')
    .dependency('web1', 'db1', 'writer')
    .dependency('asg-api', 'db1r', 'reader')
    .dependency('web1', 'nlb')
    .replication('db1', 'db1r')
    .replication('db1', 'db2r')
    .link('vpc1', 'peer')
    .link('peer', 'vpc2')
    .link('vpc1', 'tgw')
    .link('tgw', 'vpn')
    .build();
}
