/**
 * All mutable Sandbox state, as plain JSON-able slices keyed by service and
 * scope (`<account>/<region>` or `global`). Services never keep a slice across
 * requests: they look it up each time, so `reset` and reloads just swap data.
 */
import { EventEmitter } from 'node:events';
import { ACCOUNT_ID } from './ids';

/** The persisted shape: service → scope → slice. */
export type StateData = Record<string, Record<string, unknown>>;

/** Events: `dirty` after any change worth saving, `reset` after everything was emptied. */
export class StateStore extends EventEmitter<{ dirty: []; reset: [] }> {
  private data: StateData = {};

  /** The slice of `service` for `scope`, created with `init` on first use. */
  slice<T>(service: string, scope: string, init: () => T): T {
    const byScope = (this.data[service] ??= {});
    if (!(scope in byScope)) byScope[scope] = init();
    return byScope[scope] as T;
  }

  /** The slice of `service` for one region of the Sandbox account. */
  region<T>(service: string, region: string, init: () => T): T {
    return this.slice(service, `${ACCOUNT_ID}/${region}`, init);
  }

  /** Every existing regional slice of a service, keyed by region. */
  regions<T>(service: string): Map<string, T> {
    const out = new Map<string, T>();
    for (const [scope, v] of Object.entries(this.data[service] ?? {})) {
      const [, region] = scope.split('/');
      if (region) out.set(region, v as T);
    }
    return out;
  }

  /** Marks the state changed so the persister saves it (debounced). */
  dirty(): void {
    this.emit('dirty');
  }

  /** Empties every slice. */
  reset(): void {
    this.data = {};
    this.emit('reset');
    this.emit('dirty');
  }

  /** The data to persist. */
  snapshot(): StateData {
    return this.data;
  }

  /** Replaces all data (used when loading the state file). */
  load(data: StateData): void {
    this.data = data;
  }
}
