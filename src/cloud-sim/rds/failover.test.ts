import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RDSClient, CreateDBSubnetGroupCommand, CreateDBInstanceCommand, DescribeDBInstancesCommand, DescribeEventsCommand,
  RebootDBInstanceCommand, ModifyDBInstanceCommand, CreateDBInstanceReadReplicaCommand, PromoteReadReplicaCommand, type DBInstance,
} from '@aws-sdk/client-rds';
import { EC2Client } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { createNetwork, fail, until } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let rds: RDSClient;
let west: RDSClient;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.005 });
  rds = new RDSClient(sdkConfig(sb));
  west = new RDSClient(sdkConfig(sb, 'us-west-2'));
  const east = await createNetwork(new EC2Client(sdkConfig(sb)));
  const w = await createNetwork(new EC2Client(sdkConfig(sb, 'us-west-2')), 'us-west-2');
  await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'data', DBSubnetGroupDescription: 'db', SubnetIds: east.subnets.map((s) => s.id) }));
  await west.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'dr', DBSubnetGroupDescription: 'dr', SubnetIds: w.subnets.map((s) => s.id) }));
  const base = { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MasterUsername: 'admin', MasterUserPassword: 'password123', DBSubnetGroupName: 'data' };
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'multi', MultiAZ: true, ...base }));
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'single', AvailabilityZone: 'us-east-1b', ...base }));
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'nobackup', BackupRetentionPeriod: 0, ...base }));
  for (const id of ['multi', 'single', 'nobackup']) await available(id);
});
afterAll(async () => { await sb.close(); });

const db = async (id: string, c = rds): Promise<DBInstance> => (await c.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0]!;
const available = (id: string, c = rds, ok: (d: DBInstance) => boolean = () => true) =>
  until(async () => { const d = await db(id, c); return d.DBInstanceStatus === 'available' && ok(d) ? d : undefined; }, 8000, `${id} available`);
const fault = async (spec: object): Promise<string> => ((await control(sb.endpoint, 'POST', '/_sandbox/faults', spec)).json as { id: string }).id;
const clear = (id: string) => control(sb.endpoint, 'DELETE', `/_sandbox/faults/${id}`);
const messages = async (id: string) => (await rds.send(new DescribeEventsCommand({ SourceType: 'db-instance', SourceIdentifier: id, EventCategories: ['failover'] }))).Events!.map((e) => e.Message!);

describe('RDS Multi-AZ failover', () => {
  it('db-crash: fails over to the standby (rebooting for 60–120 s × scale), same endpoint, AZs swapped, events', async () => {
    const before = await db('multi');
    const id = await fault({ kind: 'db-crash', dbInstanceIdentifier: 'multi' });
    expect((await db('multi')).DBInstanceStatus).toBe('rebooting');
    const after = await available('multi');
    expect(after.Endpoint?.Address).toBe(before.Endpoint?.Address);
    expect(after.AvailabilityZone).toBe(before.SecondaryAvailabilityZone);
    expect(after.SecondaryAvailabilityZone).toBe(before.AvailabilityZone);
    const msgs = await messages('multi');
    expect(msgs.some((m) => m.startsWith('Multi-AZ instance failover started'))).toBe(true);
    expect(msgs).toContain('Multi-AZ instance failover completed');
    await clear(id);
    expect((await db('multi')).AvailabilityZone).toBe(before.SecondaryAvailabilityZone);
  });

  it('the primary AZ failing triggers a failover; RebootDBInstance ForceFailover swaps back', async () => {
    const before = await db('multi');
    const id = await fault({ kind: 'az-down', az: before.AvailabilityZone });
    const after = await available('multi', rds, (d) => d.AvailabilityZone !== before.AvailabilityZone);
    expect(after.AvailabilityZone).toBe(before.SecondaryAvailabilityZone);
    expect(after.SecondaryAvailabilityZone).not.toBe(before.AvailabilityZone);
    await clear(id);
    const r = await rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'multi', ForceFailover: true }));
    expect(r.DBInstance?.DBInstanceStatus).toBe('rebooting');
    const back = await available('multi', rds, (d) => d.AvailabilityZone === after.SecondaryAvailabilityZone);
    expect(back.SecondaryAvailabilityZone).toBe(after.AvailabilityZone);
  });

  it('the standby AZ failing moves the standby to a third AZ; the primary keeps serving', async () => {
    const before = await db('multi');
    const id = await fault({ kind: 'az-down', az: before.SecondaryAvailabilityZone });
    const d = await db('multi');
    expect(d).toMatchObject({ DBInstanceStatus: 'available', AvailabilityZone: before.AvailabilityZone });
    expect([before.AvailabilityZone, before.SecondaryAvailabilityZone]).not.toContain(d.SecondaryAvailabilityZone);
    await clear(id);
  });

  it('a single-AZ instance in a failed AZ is failed until the AZ returns; ForceFailover is refused for it', async () => {
    expect((await fail(rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'single', ForceFailover: true })))).name).toBe('InvalidParameterCombination');
    const id = await fault({ kind: 'az-down', az: 'us-east-1b' });
    expect((await db('single')).DBInstanceStatus).toBe('failed');
    expect((await fail(rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'single' })))).name).toBe('InvalidDBInstanceStateFault');
    await clear(id);
    expect((await db('single')).DBInstanceStatus).toBe('available');
    const crash = await fault({ kind: 'db-crash', dbInstanceIdentifier: 'single' });
    expect((await db('single')).DBInstanceStatus).toBe('failed');
    await clear(crash);
    await rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'single' }));
    await available('single');
  });
});

describe('RDS modify and read replicas', () => {
  it('ModifyDBInstance MultiAZ: pending without ApplyImmediately, converted with it', async () => {
    const p = await rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: 'single', MultiAZ: true }));
    expect(p.DBInstance?.PendingModifiedValues?.MultiAZ).toBe(true);
    expect(p.DBInstance?.MultiAZ).toBe(false);
    const m = await rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: 'single', MultiAZ: true, ApplyImmediately: true, BackupRetentionPeriod: 3 }));
    expect(m.DBInstance?.DBInstanceStatus).toBe('modifying');
    const d = await available('single', rds, (x) => x.MultiAZ === true);
    expect(d.SecondaryAvailabilityZone).toBeDefined();
    expect(d.BackupRetentionPeriod).toBe(3);
  });

  it('creates same-region and cross-region replicas, links them both ways, refuses a source without backups, promotes', async () => {
    expect((await fail(rds.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: 'r0', SourceDBInstanceIdentifier: 'nobackup' })))).name).toBe('InvalidDBInstanceStateFault');
    await rds.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: 'multi-ro', SourceDBInstanceIdentifier: 'multi' }));
    const src = await db('multi');
    await west.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: 'multi-dr', SourceDBInstanceIdentifier: src.DBInstanceArn, DBSubnetGroupName: 'dr' }));
    const ro = await available('multi-ro');
    expect(ro.ReadReplicaSourceDBInstanceIdentifier).toBe('multi');
    expect(ro.Endpoint?.Address).toMatch(/^multi-ro\./);
    const dr = await available('multi-dr', west);
    expect(dr.ReadReplicaSourceDBInstanceIdentifier).toBe(src.DBInstanceArn);
    expect(dr.AvailabilityZone).toMatch(/^us-west-2/);
    expect((await db('multi')).ReadReplicaDBInstanceIdentifiers?.sort()).toEqual(['arn:aws:rds:us-west-2:123456789012:db:multi-dr', 'multi-ro']);
    const pr = await west.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: 'multi-dr' }));
    expect(pr.DBInstance?.DBInstanceStatus).toBe('modifying');
    const promoted = await available('multi-dr', west);
    expect(promoted.ReadReplicaSourceDBInstanceIdentifier).toBeUndefined();
    expect((await db('multi')).ReadReplicaDBInstanceIdentifiers).toEqual(['multi-ro']);
    expect((await fail(west.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: 'multi-dr' })))).name).toBe('InvalidDBInstanceStateFault');
  });
});
