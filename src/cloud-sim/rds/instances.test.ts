import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RDSClient, CreateDBSubnetGroupCommand, DescribeDBSubnetGroupsCommand, DeleteDBSubnetGroupCommand, ModifyDBSubnetGroupCommand, CreateDBInstanceCommand,
  DescribeDBInstancesCommand, DeleteDBInstanceCommand, DescribeEventsCommand, AddTagsToResourceCommand, ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand, waitUntilDBInstanceAvailable, waitUntilDBInstanceDeleted,
} from '@aws-sdk/client-rds';
import { EC2Client } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { createNetwork, fail, until, type Network } from '../../../bench/sandbox-services-fixture';

const PASSWORD = 'Sup3r-s3cret-pw-never-stored';
let dir: string;
let sb: Sandbox;
let rds: RDSClient;
let net: Network;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rds-test-'));
  sb = await startSandbox({ port: 0, timeScale: 0.01, stateFile: join(dir, 'state.json'), saveDebounceMs: 10 });
  rds = new RDSClient(sdkConfig(sb));
  net = await createNetwork(new EC2Client(sdkConfig(sb)));
});
afterAll(async () => {
  await sb.close();
  rmSync(dir, { recursive: true, force: true });
});

const db = async (id: string) => (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0]!;

describe('RDS subnet groups', () => {
  it('creates, describes, refuses one-AZ groups and duplicates', async () => {
    const c = await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'data', DBSubnetGroupDescription: 'db tier', SubnetIds: net.subnets.map((s) => s.id) }));
    expect(c.DBSubnetGroup).toMatchObject({ DBSubnetGroupName: 'data', VpcId: net.vpcId, SubnetGroupStatus: 'Complete', DBSubnetGroupArn: 'arn:aws:rds:us-east-1:123456789012:subgrp:data' });
    expect(c.DBSubnetGroup?.Subnets?.map((s) => s.SubnetAvailabilityZone?.Name)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect((await fail(rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'one', DBSubnetGroupDescription: 'x', SubnetIds: [net.subnets[0]!.id] })))).name).toBe('DBSubnetGroupDoesNotCoverEnoughAZs');
    expect((await fail(rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'data', DBSubnetGroupDescription: 'x', SubnetIds: net.subnets.map((s) => s.id) })))).name).toBe('DBSubnetGroupAlreadyExistsFault');
    const d = await rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: 'data' }));
    expect(d.DBSubnetGroups?.length).toBe(1);
    expect((await fail(rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: 'nope' })))).name).toBe('DBSubnetGroupNotFoundFault');
    const m = await rds.send(new ModifyDBSubnetGroupCommand({ DBSubnetGroupName: 'data', SubnetIds: net.subnets.slice(0, 2).map((s) => s.id) }));
    expect(m.DBSubnetGroup?.Subnets?.length).toBe(2);
    expect((await fail(rds.send(new ModifyDBSubnetGroupCommand({ DBSubnetGroupName: 'data', SubnetIds: [net.subnets[0]!.id] })))).name).toBe('DBSubnetGroupDoesNotCoverEnoughAZs');
    await rds.send(new ModifyDBSubnetGroupCommand({ DBSubnetGroupName: 'data', SubnetIds: net.subnets.map((s) => s.id) }));
  });
});

describe('RDS DB instances', () => {
  it('creates a Multi-AZ MySQL instance: creating → backing-up → available (waiter), stable endpoint, standby AZ, no password anywhere', async () => {
    const c = await rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'orders', Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MultiAZ: true, DBSubnetGroupName: 'data',
      BackupRetentionPeriod: 7, AllocatedStorage: 50, MasterUsername: 'admin', MasterUserPassword: PASSWORD, Tags: [{ Key: 'ha-architect:design', Value: 'd1' }],
    }));
    expect(c.DBInstance).toMatchObject({ DBInstanceStatus: 'creating', Engine: 'mysql', MultiAZ: true, AllocatedStorage: 50, DBInstanceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders' });
    expect(c.DBInstance?.Endpoint).toBeUndefined();
    const w = await waitUntilDBInstanceAvailable({ client: rds, maxWaitTime: 10, minDelay: 1 }, { DBInstanceIdentifier: 'orders' });
    expect(w.state).toBe('SUCCESS');
    const d = await db('orders');
    expect(d.Endpoint?.Address).toMatch(/^orders\.c[0-9a-f]{11}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(d.Endpoint?.Port).toBe(3306);
    expect(d.SecondaryAvailabilityZone).toBeDefined();
    expect(d.SecondaryAvailabilityZone).not.toBe(d.AvailabilityZone);
    expect(d.TagList).toEqual([{ Key: 'ha-architect:design', Value: 'd1' }]);
    expect(JSON.stringify(d)).not.toContain(PASSWORD);
    await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toContain('orders');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).not.toContain(PASSWORD);
    const ev = await rds.send(new DescribeEventsCommand({ SourceType: 'db-instance', SourceIdentifier: 'orders' }));
    expect(ev.Events?.map((e) => e.Message)).toEqual(expect.arrayContaining(['DB instance created', 'Backing up DB instance', 'Finished DB Instance backup']));
  });

  it('creates a single-AZ PostgreSQL instance in a requested AZ and filters by engine', async () => {
    await rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'Reports', Engine: 'postgres', DBInstanceClass: 'db.t3.small', DBSubnetGroupName: 'data', AvailabilityZone: 'us-east-1c',
      MasterUsername: 'pg', MasterUserPassword: PASSWORD, BackupRetentionPeriod: 0,
    }));
    const d = await until(async () => { const x = await db('reports'); return x.DBInstanceStatus === 'available' ? x : undefined; });
    expect(d).toMatchObject({ AvailabilityZone: 'us-east-1c', MultiAZ: false, Endpoint: { Port: 5432 } });
    expect(d.SecondaryAvailabilityZone).toBeUndefined();
    const f = await rds.send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'engine', Values: ['postgres'] }] }));
    expect(f.DBInstances?.map((x) => x.DBInstanceIdentifier)).toEqual(['reports']);
    expect((await fail(rds.send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'colour', Values: ['x'] }] })))).name).toBe('InvalidParameterValue');
  });

  it('ManageMasterUserPassword: no password at all, a managed secret is reported', async () => {
    const c = await rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'managed', Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MasterUsername: 'admin', ManageMasterUserPassword: true, DBSubnetGroupName: 'data',
    }));
    expect(c.DBInstance?.MasterUserSecret).toMatchObject({ SecretStatus: 'active' });
    expect(c.DBInstance?.MasterUserSecret?.SecretArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-/);
    expect((await fail(rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'both', Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MasterUsername: 'a', ManageMasterUserPassword: true, MasterUserPassword: PASSWORD, DBSubnetGroupName: 'data',
    })))).name).toBe('InvalidParameterCombination');
  });

  it('reports coded errors', async () => {
    const base = { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MasterUsername: 'a', MasterUserPassword: PASSWORD, DBSubnetGroupName: 'data' };
    expect((await fail(rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'orders', ...base })))).name).toBe('DBInstanceAlreadyExistsFault');
    expect((await fail(rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'x1', ...base, DBSubnetGroupName: 'none' })))).name).toBe('DBSubnetGroupNotFoundFault');
    expect((await fail(rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'x1', ...base, MultiAZ: true, AvailabilityZone: 'us-east-1a' })))).name).toBe('InvalidParameterCombination');
    expect((await fail(rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'x1', ...base, MasterUserPassword: 'short' })))).name).toBe('InvalidParameterValue');
    expect((await fail(rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: '1bad', ...base })))).name).toBe('InvalidParameterValue');
    const nf = await fail(rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'ghost' })));
    expect(nf.name).toBe('DBInstanceNotFoundFault');
    expect(nf.$metadata.httpStatusCode).toBe(404);
    expect((await fail(rds.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: 'data' })))).name).toBe('InvalidDBSubnetGroupStateFault');
  });

  it('adds, lists and removes tags by ARN', async () => {
    const arn = 'arn:aws:rds:us-east-1:123456789012:db:reports';
    await rds.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'tier', Value: 'db' }] }));
    await rds.send(new RemoveTagsFromResourceCommand({ ResourceName: arn, TagKeys: ['tier'] }));
    expect((await rds.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([{ Key: 'env', Value: 'prod' }]);
    expect((await fail(rds.send(new ListTagsForResourceCommand({ ResourceName: 'arn:aws:rds:us-east-1:123456789012:db:ghost' })))).name).toBe('DBInstanceNotFoundFault');
  });

  it('deletes with SkipFinalSnapshot: deleting → gone (waiter), event recorded', async () => {
    expect((await fail(rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'reports' })))).name).toBe('InvalidParameterCombination');
    const r = await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'reports', SkipFinalSnapshot: true }));
    expect(r.DBInstance?.DBInstanceStatus).toBe('deleting');
    expect((await fail(rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'reports', SkipFinalSnapshot: true })))).name).toBe('InvalidDBInstanceStateFault');
    const w = await waitUntilDBInstanceDeleted({ client: rds, maxWaitTime: 10, minDelay: 1 }, { DBInstanceIdentifier: 'reports' });
    expect(w.state).toBe('SUCCESS');
    const ev = await rds.send(new DescribeEventsCommand({ SourceType: 'db-instance', SourceIdentifier: 'reports', EventCategories: ['deletion'] }));
    expect(ev.Events?.map((e) => e.Message)).toEqual(['DB instance deleted']);
  });
});
