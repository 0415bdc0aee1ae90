/** The wire form of a DB instance (RDS list item names: DBInstance, VpcSecurityGroupMembership, Tag…). */
import type { SandboxCore } from '../core/service';
import { xmlList } from '../core/xml';
import { effectiveStatus } from './lifecycle';
import { renderSubnetGroup } from './subnet-groups';
import { tagList, type Db, type RdsRegion } from './state';

const HOSTED_ZONE: Record<string, string> = { 'us-east-1': 'Z2R2ITUGPM61AM', 'us-east-2': 'ZZO7RS7O1I9SE', 'us-west-2': 'Z1PVIF0B656C1W', 'eu-west-1': 'Z29XKXDKYMONMX' };

/** Engine facts the Sandbox needs. */
export const ENGINES: Record<string, { port: number; version: string; license: string; family: string }> = {
  mysql: { port: 3306, version: '8.0.39', license: 'general-public-license', family: 'mysql8.0' },
  postgres: { port: 5432, version: '16.4', license: 'postgresql-license', family: 'postgres16' },
  mariadb: { port: 3306, version: '10.11.9', license: 'general-public-license', family: 'mariadb10.11' },
};

/** Renders one instance as DescribeDBInstances returns it. */
export function renderDb(core: SandboxCore, region: string, state: RdsRegion, db: Db): unknown {
  const status = effectiveStatus(core, region, db);
  const created = db.state !== 'creating';
  const engine = ENGINES[db.engine]!;
  const sg = state.subnetGroups[db.subnetGroup];
  const pending = db.pending && Object.keys(db.pending).length
    ? { MultiAZ: db.pending.multiAz, DBInstanceClass: db.pending.instanceClass, MasterUserPassword: db.pending.masterUserPassword ? '****' : undefined }
    : {};
  return {
    DBInstanceIdentifier: db.id, DBInstanceClass: db.instanceClass, Engine: db.engine, DBInstanceStatus: status,
    MasterUsername: db.masterUsername, DBName: db.dbName,
    Endpoint: created ? { Address: db.address, Port: db.port, HostedZoneId: HOSTED_ZONE[region] ?? 'Z2R2ITUGPM61AM' } : undefined,
    AllocatedStorage: db.allocatedStorage, InstanceCreateTime: created ? new Date(db.createdAt) : undefined,
    PreferredBackupWindow: '03:00-03:30', BackupRetentionPeriod: db.backupRetention,
    VpcSecurityGroups: xmlList('VpcSecurityGroupMembership', db.vpcSecurityGroupIds.map((id) => ({ VpcSecurityGroupId: id, Status: 'active' }))),
    DBParameterGroups: xmlList('DBParameterGroup', [{ DBParameterGroupName: `default.${engine.family}`, ParameterApplyStatus: 'in-sync' }]),
    AvailabilityZone: db.az, DBSubnetGroup: sg ? renderSubnetGroup(sg) : undefined, PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
    PendingModifiedValues: pending, LatestRestorableTime: created && db.backupRetention > 0 ? new Date(core.clock.now()) : undefined,
    MultiAZ: db.multiAz, EngineVersion: db.engineVersion, AutoMinorVersionUpgrade: true,
    ReadReplicaSourceDBInstanceIdentifier: db.replicaSource,
    ReadReplicaDBInstanceIdentifiers: xmlList('ReadReplicaDBInstanceIdentifier', db.replicas),
    LicenseModel: engine.license, SecondaryAvailabilityZone: db.multiAz ? db.secondaryAz : undefined,
    PubliclyAccessible: db.publiclyAccessible, StorageType: db.storageType, DbInstancePort: 0, StorageEncrypted: false,
    DbiResourceId: db.resourceId, CACertificateIdentifier: 'rds-ca-rsa2048-g1', CopyTagsToSnapshot: false, MonitoringInterval: 0,
    DBInstanceArn: db.arn, IAMDatabaseAuthenticationEnabled: false, PerformanceInsightsEnabled: false, DeletionProtection: db.deletionProtection,
    StatusInfos: db.replicaSource ? xmlList('DBInstanceStatusInfo', [{ StatusType: 'read replication', Normal: status === 'available', Status: status === 'available' ? 'replicating' : 'error' }]) : undefined,
    TagList: tagList(db.tags), NetworkType: 'IPV4', BackupTarget: 'region',
    MasterUserSecret: db.managedSecretArn ? { SecretArn: db.managedSecretArn, SecretStatus: 'active', KmsKeyId: `arn:aws:kms:${region}:${db.arn.split(':')[4]}:alias/aws/secretsmanager` } : undefined,
  };
}
