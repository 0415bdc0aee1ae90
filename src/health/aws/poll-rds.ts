/** RDS polls of one region: DB instances (role, status, AZ, standby AZ) and recent events. */
import { DescribeDBInstancesCommand, DescribeEventsCommand, type DBInstance, type RDSClient } from '@aws-sdk/client-rds';
import { sourceKey } from '../observation';
import { track, type ObsDraft } from './draft';
import { chunks } from './tags';

function record(d: ObsDraft, wanted: ReadonlySet<string>, list: readonly DBInstance[] | undefined): void {
  for (const db of list ?? []) {
    if (!db.DBInstanceIdentifier || !wanted.has(db.DBInstanceIdentifier)) continue;
    d.databases.set(db.DBInstanceIdentifier, {
      id: db.DBInstanceIdentifier, status: db.DBInstanceStatus ?? 'unknown', az: db.AvailabilityZone,
      secondaryAz: db.SecondaryAvailabilityZone, multiAz: db.MultiAZ ?? false, replicaOf: db.ReadReplicaSourceDBInstanceIdentifier,
    });
  }
}

/** DescribeDBInstances filtered by identifier (100 per call). */
export async function pollDatabases(rds: RDSClient, region: string, ids: readonly string[], d: ObsDraft): Promise<void> {
  const wanted = new Set(ids);
  await Promise.all(chunks(ids, 100).map(async (batch) => {
    const r = await track(d, sourceKey.databases(region), 'DescribeDBInstances', () =>
      rds.send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-instance-id', Values: batch }] })));
    record(d, wanted, r?.DBInstances);
  }));
}

/** DescribeEvents for DB instances since `since` (timeline only: a failure here blinds no node). */
export async function pollRdsEvents(rds: RDSClient, region: string, ids: readonly string[], since: Date, d: ObsDraft): Promise<void> {
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  const r = await track(d, `rds-events:${region}`, 'DescribeEvents', () => rds.send(new DescribeEventsCommand({ SourceType: 'db-instance', StartTime: since, MaxRecords: 100 })));
  for (const e of r?.Events ?? []) {
    if (e.SourceIdentifier && wanted.has(e.SourceIdentifier) && e.Message && e.Date) {
      d.rdsEvents.push({ sourceId: e.SourceIdentifier, message: e.Message, date: e.Date.toISOString() });
    }
  }
}
