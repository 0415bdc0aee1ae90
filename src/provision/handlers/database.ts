/** Database handler: DB subnet group + CreateDBInstance (managed master password) or CreateDBInstanceReadReplica; modify in place; delete and wait. */
import {
  CreateDBInstanceCommand, CreateDBInstanceReadReplicaCommand, CreateDBSubnetGroupCommand, DeleteDBInstanceCommand, DeleteDBSubnetGroupCommand,
  DescribeDBInstancesCommand, DescribeDBSubnetGroupsCommand, ListTagsForResourceCommand, ModifyDBInstanceCommand, ModifyDBSubnetGroupCommand,
  paginateDescribeDBInstances, type DBInstance,
} from '@aws-sdk/client-rds';
import { randomBytes } from 'node:crypto';
import { awsError } from '../errors';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { DESIGN_TAG, resourceName, toTagList } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { deleteWithRetry, failedState, ignoreNotFound, owned } from './ec2-util';

const FAILED = ['failed', 'incompatible-parameters', 'incompatible-restore', 'storage-full', 'inaccessible-encryption-credentials'];

function toActual(ctx: DiscoverContext, db: DBInstance): ActualResource {
  const id = db.DBInstanceIdentifier!;
  const status = db.DBInstanceStatus ?? 'creating';
  return {
    kind: 'database', id, arn: db.DBInstanceArn, aliases: db.DBInstanceArn ? [db.DBInstanceArn] : [], ...owned(ctx, id, db.TagList), vpc: db.DBSubnetGroup?.VpcId,
    props: {
      engine: db.Engine ?? null, instanceClass: db.DBInstanceClass ?? null, multiAz: db.MultiAZ ?? false,
      allocatedStorageGb: db.AllocatedStorage ?? null, backupRetentionDays: db.BackupRetentionPeriod ?? 0,
      subnets: (db.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier!).filter(Boolean),
      securityGroups: (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId!).filter(Boolean),
      replicaOf: db.ReadReplicaSourceDBInstanceIdentifier ?? null,
    },
    attrs: {
      status, subnetGroup: db.DBSubnetGroup?.DBSubnetGroupName ?? '', ...(db.Endpoint?.Address ? { endpoint: db.Endpoint.Address } : {}),
      ...(status === 'creating' ? { pending: status } : {}), ...(status === 'deleting' ? { deleting: status } : {}),
    },
  };
}

async function describe(ctx: OpContext, id: string): Promise<DBInstance | undefined> {
  return (await ignoreNotFound(() => ctx.clients.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))))?.DBInstances?.[0];
}

async function waitAvailable(ctx: OpContext, id: string): Promise<DBInstance> {
  return ctx.poll(`database ${id} to be available`, async () => {
    const db = await describe(ctx, id);
    if (db && FAILED.includes(db.DBInstanceStatus ?? '')) throw failedState(`database ${id}`, db.DBInstanceStatus!);
    return db?.DBInstanceStatus === 'available' ? db : undefined;
  });
}

/** Creates (or adopts and updates) the node's DB subnet group. */
async function subnetGroup(ctx: OpContext, want: DesiredResource): Promise<string> {
  const name = resourceName(ctx.designId, want.nodeId, 255);
  const SubnetIds = (want.props.subnets as readonly Ref[]).map((s) => ctx.resource(s.ref).id);
  try {
    await ctx.clients.rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: name, DBSubnetGroupDescription: `HA Architect ${want.name}`, SubnetIds, Tags: toTagList(ctx.tags(want)) }));
  } catch (err) {
    if (awsError(err).code !== 'DBSubnetGroupAlreadyExists' && awsError(err).code !== 'DBSubnetGroupAlreadyExistsFault') throw err;
    await ctx.clients.rds.send(new ModifyDBSubnetGroupCommand({ DBSubnetGroupName: name, SubnetIds }));
  }
  return name;
}

async function createInstance(ctx: OpContext, want: DesiredResource, groupName: string): Promise<void> {
  const p = want.props;
  const id = resourceName(ctx.designId, want.nodeId, 63);
  const groups = ((p.securityGroups ?? []) as readonly Ref[]).map((g) => ctx.resource(g.ref).id);
  const zone = p.multiAz !== true && want.hints.zone ? { AvailabilityZone: String(want.hints.zone) } : {};
  const common = { DBInstanceIdentifier: id, DBInstanceClass: String(p.instanceClass), MultiAZ: p.multiAz === true, DBSubnetGroupName: groupName, ...(groups.length ? { VpcSecurityGroupIds: groups } : {}), ...zone, Tags: toTagList(ctx.tags(want)) };
  if (p.replicaOf) {
    const source = ctx.resource((p.replicaOf as Ref).ref);
    const sourceRegion = want.hints.sourceRegion ? String(want.hints.sourceRegion) : ctx.region;
    await ctx.clients.rds.send(new CreateDBInstanceReadReplicaCommand({
      ...common, SourceDBInstanceIdentifier: sourceRegion === ctx.region ? source.id : (source.arn ?? source.id), ...(sourceRegion !== ctx.region ? { SourceRegion: sourceRegion } : {}),
    }));
    return;
  }
  const base = {
    ...common, Engine: String(p.engine), ...(want.hints.engineVersion ? { EngineVersion: String(want.hints.engineVersion) } : {}),
    AllocatedStorage: Number(p.allocatedStorageGb), BackupRetentionPeriod: Number(p.backupRetentionDays ?? 1), MasterUsername: 'haadmin', PubliclyAccessible: false,
  };
  try {
    // The password lives in Secrets Manager, managed by RDS: HA Architect never sees or stores it.
    await ctx.clients.rds.send(new CreateDBInstanceCommand({ ...base, ManageMasterUserPassword: true }));
  } catch (err) {
    const e = awsError(err);
    if (e.code !== 'InvalidParameterValue' && e.code !== 'InvalidParameterCombination') throw err;
    if (!/MasterUserPassword/i.test(e.message)) throw err;
    // Targets without managed passwords (the Sandbox, some emulators): a random one, sent once, never logged or stored.
    ctx.log(`database ${want.name}: the target does not manage master passwords; set a random one (reset it with ModifyDBInstance to use it)`);
    await ctx.clients.rds.send(new CreateDBInstanceCommand({ ...base, MasterUserPassword: randomBytes(24).toString('base64url') }));
  }
}

/** Database handler. */
export const databaseHandler: Handler = {
  kind: 'database',
  service: 'rds',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeDBInstances({ client: ctx.clients.rds }, {})) {
      for (const db of page.DBInstances ?? []) {
        if (ctx.designId !== undefined && !(db.TagList ?? []).some((t) => t.Key === DESIGN_TAG && t.Value === ctx.designId)) continue;
        out.push(toActual(ctx, db));
      }
    }
    return out;
  },
  async create(ctx, want) {
    const group = await subnetGroup(ctx, want);
    try {
      await createInstance(ctx, want, group);
    } catch (err) {
      if (!/DBInstanceAlreadyExists/.test(awsError(err).code)) throw err;
    }
    let db = await waitAvailable(ctx, resourceName(ctx.designId, want.nodeId, 63));
    const groups = ((want.props.securityGroups ?? []) as readonly Ref[]).map((g) => ctx.resource(g.ref).id).sort();
    const got = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId!).sort();
    if (groups.length && groups.join() !== got.join()) {
      // Some targets give a replica its source's groups; set the design's.
      await ctx.clients.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: db.DBInstanceIdentifier!, ApplyImmediately: true, VpcSecurityGroupIds: groups }));
      db = await waitAvailable(ctx, db.DBInstanceIdentifier!);
    }
    return { ...toActual(ctx, db), nodeId: want.nodeId, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    const changed = new Set(changes.map((c) => c.property));
    const p = want.props;
    const input = {
      ...(changed.has('instanceClass') ? { DBInstanceClass: String(p.instanceClass) } : {}),
      ...(changed.has('multiAz') ? { MultiAZ: p.multiAz === true } : {}),
      ...(changed.has('allocatedStorageGb') ? { AllocatedStorage: Number(p.allocatedStorageGb) } : {}),
      ...(changed.has('backupRetentionDays') ? { BackupRetentionPeriod: Number(p.backupRetentionDays) } : {}),
      ...(changed.has('securityGroups') ? { VpcSecurityGroupIds: ((p.securityGroups ?? []) as readonly Ref[]).map((g) => ctx.resource(g.ref).id) } : {}),
    };
    if (Object.keys(input).length) await ctx.clients.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: have.id, ApplyImmediately: true, ...input }));
    await waitAvailable(ctx, have.id);
  },
  async delete(ctx, have) {
    const db = await describe(ctx, have.id);
    if (db && db.DBInstanceStatus !== 'deleting') {
      await deleteWithRetry(ctx, `delete database ${have.id}`, () => ctx.clients.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: have.id, SkipFinalSnapshot: true, DeleteAutomatedBackups: true })));
    }
    await ctx.poll(`database ${have.id} to be deleted`, async () => ((await describe(ctx, have.id)) ? undefined : true));
    const group = have.attrs?.subnetGroup || db?.DBSubnetGroup?.DBSubnetGroupName;
    if (group) await deleteWithRetry(ctx, `delete DB subnet group ${group}`, () => ctx.clients.rds.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: group })));
  },
};

/** Deletes the design's DB subnet groups no database uses (left by an interrupted create): destroy leaves nothing tagged. */
export async function sweepSubnetGroups(ctx: OpContext): Promise<number> {
  const groups = (await ctx.clients.rds.send(new DescribeDBSubnetGroupsCommand({}))).DBSubnetGroups ?? [];
  let n = 0;
  for (const g of groups) {
    if (!g.DBSubnetGroupArn || !g.DBSubnetGroupName?.startsWith('ha-')) continue;
    const tags = (await ctx.clients.rds.send(new ListTagsForResourceCommand({ ResourceName: g.DBSubnetGroupArn }))).TagList ?? [];
    if (!tags.some((t) => t.Key === DESIGN_TAG && t.Value === ctx.designId)) continue;
    await deleteWithRetry(ctx, `delete DB subnet group ${g.DBSubnetGroupName}`, () => ctx.clients.rds.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: g.DBSubnetGroupName })));
    n++;
  }
  return n;
}
