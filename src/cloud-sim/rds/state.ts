/** The RDS state slice of one region, lookups, and the RDS wire conventions (named list items). */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { Lifecycled } from '../core/lifecycle';
import type { Params } from '../core/params';
import type { ActionContext, SandboxCore } from '../core/service';
import { xmlList } from '../core/xml';

/** A DB subnet group. */
export interface SubnetGroup { name: string; description: string; vpcId: string; subnets: { id: string; az: string }[]; arn: string; tags: Tags }

/** A Multi-AZ failover in progress. */
export interface Failover { startedAt: number; doneAt: number; to: string; cause: string }

/** A DB instance (status is the lifecycle `state`). The master password is never stored. */
export interface Db extends Lifecycled {
  id: string; arn: string; resourceId: string; engine: string; engineVersion: string; instanceClass: string;
  allocatedStorage: number; storageType: string; masterUsername: string; dbName?: string; port: number;
  multiAz: boolean; subnetGroup: string; vpcId: string; az: string; secondaryAz?: string; backupRetention: number;
  createdAt: number; address: string; publiclyAccessible: boolean; vpcSecurityGroupIds: string[]; deletionProtection: boolean;
  tags: Tags; replicaSource?: string; replicas: string[];
  /** ManageMasterUserPassword: the (simulated) Secrets Manager secret holding the password; no password exists in the Sandbox. */
  managedSecretArn?: string;
  pending?: { multiAz?: boolean; instanceClass?: string; masterUserPassword?: boolean };
  failover?: Failover;
  /** db-crash faults already answered by a failover (the new primary is a different host). */
  handledFaults: string[];
  /** What the next scheduled state means for Multi-AZ (applied when `modifying` ends). */
  applyMultiAz?: boolean;
}

/** A recorded RDS event. */
export interface DbEvent { sourceId: string; sourceType: string; message: string; categories: string[]; date: number; sourceArn: string }

/** Everything RDS keeps per region. */
export interface RdsRegion { instances: Record<string, Db>; subnetGroups: Record<string, SubnetGroup>; events: DbEvent[] }

const empty = (): RdsRegion => ({ instances: {}, subnetGroups: {}, events: [] });

/** The RDS slice of the request's region. */
export function rdsState(ctx: ActionContext): RdsRegion {
  return ctx.core.store.region('rds', ctx.region, empty);
}

/** The RDS slice of any region. */
export function rdsStateOf(core: SandboxCore, region: string): RdsRegion {
  return core.store.region('rds', region, empty);
}

/** InvalidParameterValue (RDS spelling). */
export const badParam = (message: string): AwsError => new AwsError('InvalidParameterValue', message, 400);
/** InvalidParameterCombination. */
export const badCombo = (message: string): AwsError => new AwsError('InvalidParameterCombination', message, 400);

/** A DB instance by identifier or ARN, or DBInstanceNotFound. */
export function mustDb(state: RdsRegion, idOrArn: string): Db {
  const id = idOrArn.startsWith('arn:') ? idOrArn.split(':').pop()! : idOrArn.toLowerCase();
  const db = Object.hasOwn(state.instances, id) ? state.instances[id] : undefined;
  if (!db) throw new AwsError('DBInstanceNotFound', `DBInstance ${idOrArn} not found.`, 404);
  return db;
}

/** A subnet group by name, or DBSubnetGroupNotFoundFault. */
export function mustSubnetGroup(state: RdsRegion, name: string): SubnetGroup {
  const g = Object.hasOwn(state.subnetGroups, name.toLowerCase()) ? state.subnetGroups[name.toLowerCase()] : undefined;
  if (!g) throw new AwsError('DBSubnetGroupNotFoundFault', `DB subnet group '${name}' does not exist.`, 404);
  return g;
}

/** A request list in RDS form (`SubnetIds.SubnetIdentifier.N`), also accepting `.member.N`. */
export function rdsList(p: Params, key: string, item: string): string[] {
  return p.struct(key)?.list(item) ?? p.list(key);
}

/** Request structures in RDS form (`Tags.Tag.N.Key`). */
export function rdsStructs(p: Params, key: string, item: string): Params[] {
  const inner = p.struct(key)?.structs(item);
  return inner && inner.length ? inner : p.structs(key);
}

/** Tags from `Tags.Tag.N`. */
export function readRdsTags(p: Params): Tags {
  const tags: Tags = {};
  for (const t of rdsStructs(p, 'Tags', 'Tag')) tags[t.req('Key')] = t.str('Value') ?? '';
  return tags;
}

/** The wire `TagList`. */
export const tagList = (tags: Tags): unknown => xmlList('Tag', Object.entries(tags).map(([Key, Value]) => ({ Key, Value })));
