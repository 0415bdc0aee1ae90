/** Schema migrations: each step lifts a raw design from version N to N + 1 before validation. */
import { SCHEMA_VERSION } from './design';

/** A migration step from version `from` to `from + 1`, on raw JSON (not yet validated). */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** The registered steps, keyed by the version they migrate from. Version 1 is the first released one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Why a raw design could not be brought to the current version. */
export class MigrationError extends Error {}

/** Migrates a raw design object to SCHEMA_VERSION, or throws a MigrationError saying why not. */
export function migrate(raw: Record<string, unknown>, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target = SCHEMA_VERSION): Record<string, unknown> {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError('schemaVersion: expected a whole number (this build writes ' + target + ')');
  }
  if (version > target) {
    throw new MigrationError(`schemaVersion: ${version} was written by a newer HA Architect (this build reads up to ${target})`);
  }
  let current = raw;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new MigrationError(`schemaVersion: no migration from version ${v} to ${v + 1}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
