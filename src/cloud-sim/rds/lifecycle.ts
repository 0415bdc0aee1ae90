/**
 * DB instance lifecycles and failure handling, evaluated on read and on fault
 * events: due transitions apply with their events at the time they were due;
 * a Multi-AZ primary whose host crashes (db-crash) or whose AZ fails is failed
 * over to the standby (60–120 s × time scale, endpoint unchanged, AZs swapped);
 * a single-AZ instance in that situation reports `failed` until the fault clears.
 */
import type { SandboxCore } from '../core/service';
import { dbEvent } from './events';
import { AwsError } from '../core/errors';
import { mustDb, rdsStateOf, type Db, type RdsRegion } from './state';

/** Base delays (ms at time scale 1). */
export const TIMINGS = { create: 10_000, backup: 3_000, delete: 20_000, reboot: 3_000, modify: 5_000, promote: 5_000, failoverMin: 60_000, failoverSpread: 60_000 };

/** Failover time of an instance: 60–120 s, stable per instance. */
export function failoverMs(db: Db): number {
  return TIMINGS.failoverMin + (parseInt(db.resourceId.slice(-4), 36) % (TIMINGS.failoverSpread + 1));
}

function onTransition(state: RdsRegion, db: Db, from: string, to: string, at: number): void {
  if (from === 'creating') dbEvent(state, db, at, 'DB instance created', ['creation']);
  if (to === 'backing-up') dbEvent(state, db, at, 'Backing up DB instance', ['backup']);
  if (from === 'backing-up') dbEvent(state, db, at, 'Finished DB Instance backup', ['backup']);
  if (from === 'rebooting') dbEvent(state, db, at, 'DB instance restarted', ['availability']);
  if (to === 'deleted') dbEvent(state, db, at, 'DB instance deleted', ['deletion']);
  if (from === 'modifying' && db.applyMultiAz !== undefined) {
    db.multiAz = db.applyMultiAz;
    delete db.applyMultiAz;
    if (!db.multiAz) delete db.secondaryAz;
    dbEvent(state, db, at, `Finished applying modification to convert to a ${db.multiAz ? 'Multi-AZ' : 'Single-AZ'} DB Instance`, ['configuration change']);
  }
}

/** Unanswered db-crash faults naming this instance. */
function crashes(core: SandboxCore, region: string, db: Db): string[] {
  return core.world.list().flatMap((f) => (f.kind === 'db-crash' && f.dbInstanceIdentifier.toLowerCase() === db.id && (!f.region || f.region === region) && !db.handledFaults.includes(f.id) ? [f.id] : []));
}

/** Starts a Multi-AZ failover to the standby. */
export function startFailover(core: SandboxCore, state: RdsRegion, db: Db, cause: string): void {
  const now = core.clock.now();
  db.failover = { startedAt: now, doneAt: now + Math.round(failoverMs(db) * core.clock.scale), to: db.secondaryAz!, cause };
  dbEvent(state, db, now, `Multi-AZ instance failover started. ${cause}`, ['failover']);
}

const SERVING = ['available', 'backing-up', 'modifying'];

function checkFaults(core: SandboxCore, region: string, state: RdsRegion, db: Db): void {
  if (!db.multiAz || !db.secondaryAz || db.failover || !SERVING.includes(db.state)) return;
  const crashed = crashes(core, region, db);
  const standbyUp = !core.world.isAzDown(region, db.secondaryAz);
  if (crashed.length && standbyUp) {
    db.handledFaults.push(...crashed);
    startFailover(core, state, db, 'The primary host of the DB instance failed.');
  } else if (core.world.isAzDown(region, db.az) && standbyUp) {
    startFailover(core, state, db, `The Availability Zone of the primary (${db.az}) is unavailable.`);
  } else if (!standbyUp && !core.world.isAzDown(region, db.az)) {
    // Only the standby's AZ failed: RDS rebuilds the standby in another AZ of the subnet group.
    const spare = state.subnetGroups[db.subnetGroup]?.subnets.map((s) => s.az).find((az) => az !== db.az && !core.world.isAzDown(region, az));
    if (spare) {
      dbEvent(state, db, core.clock.now(), `The standby DB instance in ${db.secondaryAz} was replaced in ${spare}`, ['availability']);
      db.secondaryAz = spare;
    }
  }
}

function completeFailover(core: SandboxCore, region: string, state: RdsRegion, db: Db): void {
  const f = db.failover!;
  const old = db.az;
  db.az = f.to;
  db.secondaryAz = old;
  delete db.failover;
  dbEvent(state, db, f.doneAt, 'Multi-AZ instance failover completed', ['failover']);
  if (core.world.isAzDown(region, old)) {
    // The old primary's AZ is still down: RDS rebuilds the standby in another AZ of the subnet group.
    const spare = state.subnetGroups[db.subnetGroup]?.subnets.map((s) => s.az).find((az) => az !== db.az && !core.world.isAzDown(region, az));
    if (spare) db.secondaryAz = spare;
  }
}

/** Applies due transitions, failover completion and fault reactions; false when the instance is gone. */
export function advance(core: SandboxCore, region: string, state: RdsRegion, db: Db): boolean {
  const now = core.clock.now();
  while (db.next && db.next.length && db.next[0]!.at <= now) {
    const t = db.next.shift()!;
    const from = db.state;
    db.state = t.state;
    onTransition(state, db, from, t.state, t.at);
  }
  if (db.next && db.next.length === 0) delete db.next;
  if (db.state === 'deleted') {
    delete state.instances[db.id];
    return false;
  }
  if (db.failover && now >= db.failover.doneAt) completeFailover(core, region, state, db);
  checkFaults(core, region, state, db);
  return true;
}

/** A DB instance brought up to date, or DBInstanceNotFound (also when its deletion just finished). */
export function mustLiveDb(core: SandboxCore, region: string, state: RdsRegion, idOrArn: string): Db {
  const db = mustDb(state, idOrArn);
  if (!advance(core, region, state, db)) throw new AwsError('DBInstanceNotFound', `DBInstance ${idOrArn} not found.`, 404);
  return db;
}

/** Advances every instance of a region (before Describe, and on fault events). */
export function advanceRegion(core: SandboxCore, region: string): void {
  const state = rdsStateOf(core, region);
  for (const db of Object.values(state.instances)) advance(core, region, state, db);
}

/** The status the API reports: `rebooting` during a failover, `failed` while the primary is down with no standby to take over. */
export function effectiveStatus(core: SandboxCore, region: string, db: Db): string {
  if (db.failover) return 'rebooting';
  if (!SERVING.includes(db.state)) return db.state;
  if (crashes(core, region, db).length || core.world.isAzDown(region, db.az)) return 'failed';
  return db.state;
}

/** Replica lag in seconds (undefined for a non-replica): grows while the source is unreachable. */
export function replicaLagSeconds(core: SandboxCore, region: string, db: Db): number | undefined {
  if (!db.replicaSource) return undefined;
  const arn = db.replicaSource.startsWith('arn:') ? db.replicaSource.split(':') : undefined;
  const srcRegion = arn ? arn[3]! : region;
  const src = rdsStateOf(core, srcRegion).instances[arn ? arn[6]! : db.replicaSource];
  if (!src) return undefined;
  const status = effectiveStatus(core, srcRegion, src);
  if (status === 'available' || status === 'backing-up' || status === 'modifying') return srcRegion === region ? 0 : 1;
  const since = Math.min(...core.world.list().map((f) => Date.parse(f.createdAt)), db.failover?.startedAt ?? Infinity);
  return Number.isFinite(since) ? Math.max(0, Math.round((core.clock.now() - since) / 1000)) : 0;
}
