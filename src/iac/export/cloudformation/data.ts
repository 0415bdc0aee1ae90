/** CloudFormation for databases and DNS: DB subnet group + DB instance, Route 53 record sets + health checks. */
import type { NodeOf } from '../../../model';
import { dbSubnets } from '../terraform/data';
import { dnsTargets } from '../terraform/dns';
import type { CfnContext, CfnValue } from './context';

/** AWS::RDS::DBSubnetGroup + AWS::RDS::DBInstance (a replica names its source; snapshots kept on delete). */
export function cfnDatabase(c: CfnContext, n: NodeOf<'database'>): void {
  const source = c.index.incoming(n.id).find((e) => e.kind === 'replication' && c.index.byId.get(e.source)?.kind === 'database');
  const replica = n.role === 'replica' && source !== undefined;
  const subnets = dbSubnets(n).filter((s) => c.index.byId.has(s));
  let group: string | undefined;
  if (subnets.length) {
    group = c.sub(n.id, 'SubnetGroup');
    c.add(group, { Type: 'AWS::RDS::DBSubnetGroup', Properties: { DBSubnetGroupDescription: `Subnets of ${n.name}`, SubnetIds: c.refs(subnets), Tags: c.tags(n) } });
  }
  const username = c.param('DbUsername', { Type: 'String', Description: 'Master user name of the databases (the password is managed in Secrets Manager).', Default: 'dbadmin' });
  c.add(c.id(n.id), {
    Type: 'AWS::RDS::DBInstance',
    DeletionPolicy: 'Snapshot',
    UpdateReplacePolicy: 'Snapshot',
    Properties: {
      // A replica in another region names its source by ARN; CloudFormation's Ref of a DB instance is its identifier.
      SourceDBInstanceIdentifier: replica ? (c.here(source.source) ? c.ref(source.source) : c.ref(source.source, 'DBInstanceArn')) : undefined,
      Engine: replica ? undefined : n.engine,
      EngineVersion: replica ? undefined : n.engineVersion,
      DBInstanceClass: n.instanceClass,
      AllocatedStorage: replica ? undefined : String(n.allocatedStorageGb),
      MultiAZ: n.multiAz,
      AvailabilityZone: n.multiAz ? undefined : c.az(n.id),
      DBSubnetGroupName: group ? { Ref: group } : undefined,
      VPCSecurityGroups: c.refs(n.securityGroupIds, 'GroupId'),
      BackupRetentionPeriod: n.backupRetentionDays,
      MasterUsername: replica ? undefined : username,
      ManageMasterUserPassword: replica ? undefined : true,
      Tags: c.tags(n),
    },
  });
}

/** AWS::Route53::RecordSet (+ AWS::Route53::HealthCheck) per target; a record without targets is listed in the header comment. */
export function cfnDnsRecord(c: CfnContext, n: NodeOf<'dnsRecord'>, skipped: string[]): void {
  const targets = dnsTargets(c, n);
  if (targets.length === 0) {
    skipped.push(`DNS record "${n.name}" (${n.domain}) has no targets in the design: nothing to export.`);
    return;
  }
  const zone = c.param('HostedZoneId', { Type: 'AWS::Route53::HostedZone::Id', Description: 'Route 53 hosted zone that holds the DNS records.' });
  targets.forEach((e, i) => {
    if (e.kind !== 'traffic') return;
    const t = c.index.byId.get(e.target)!;
    const many = targets.length > 1;
    const base = many ? c.sub(n.id, c.id(t.id)) : c.id(n.id);
    const hc = e.dns?.healthCheck === undefined ? n.healthCheck : e.dns.healthCheck;
    let healthCheckId: CfnValue | undefined;
    if (hc) {
      const id = c.sub(n.id, `${many ? c.id(t.id) : ''}HealthCheck`);
      c.add(id, {
        Type: 'AWS::Route53::HealthCheck',
        Properties: {
          HealthCheckConfig: {
            Type: hc.protocol,
            ...(t.kind === 'loadBalancer' ? { FullyQualifiedDomainName: c.ref(t.id, 'DNSName') } : t.kind === 'dnsRecord' ? { FullyQualifiedDomainName: t.domain } : { IPAddress: c.ref(t.id, 'PublicIp') }),
            Port: hc.protocol === 'HTTPS' ? 443 : 80,
            ...(hc.protocol === 'TCP' ? {} : { ResourcePath: hc.path ?? '/' }),
            RequestInterval: hc.intervalSeconds,
            FailureThreshold: hc.failureThreshold,
          },
          HealthCheckTags: c.tags(n),
        },
      });
      healthCheckId = { Ref: id };
    }
    const alias = t.kind === 'loadBalancer'
      ? { DNSName: c.ref(t.id, 'DNSName'), HostedZoneId: c.ref(t.id, 'CanonicalHostedZoneID'), EvaluateTargetHealth: true }
      : t.kind === 'dnsRecord' ? { DNSName: t.domain, HostedZoneId: zone, EvaluateTargetHealth: true } : undefined;
    const role = e.dns?.failoverRole ?? (i === 0 ? 'primary' : 'secondary');
    c.add(base, {
      Type: 'AWS::Route53::RecordSet',
      Metadata: { 'ha-architect:node': n.id },
      Properties: {
        HostedZoneId: zone,
        Name: n.domain,
        Type: 'A',
        AliasTarget: alias,
        TTL: alias ? undefined : String(n.ttlSeconds),
        ResourceRecords: alias ? undefined : [c.ref(t.id, 'PublicIp')],
        SetIdentifier: n.routing !== 'simple' || many ? c.id(t.id) : undefined,
        Failover: n.routing === 'failover' ? role.toUpperCase() : undefined,
        Region: n.routing === 'latency' ? e.dns?.region ?? c.regionOf(t.id) ?? c.region : undefined,
        Weight: n.routing === 'simple' && many ? 1 : undefined,
        HealthCheckId: healthCheckId,
      },
    });
  });
}
