/** Saves the state store to a JSON file atomically (temp + rename), debounced, and loads it back. */
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StateData, StateStore } from './store';

const FORMAT = 'ha-architect-sandbox-state';

/** Reads a state file; missing file → undefined, bad file → error naming it and what was expected. */
export function readStateFile(file: string): StateData | undefined {
  if (!existsSync(file)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); expected a Sandbox state file`);
  }
  const d = doc as { format?: unknown; version?: unknown; slices?: unknown };
  if (d?.format !== FORMAT || d.version !== 1 || typeof d.slices !== 'object' || d.slices === null) {
    throw new Error(`${file}: expected {"format":"${FORMAT}","version":1,"slices":{...}}`);
  }
  return d.slices as StateData;
}

/** Writes the file atomically: a crash mid-write leaves the previous file intact. */
export function writeStateFile(file: string, data: StateData): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: FORMAT, version: 1, savedAt: new Date().toISOString(), slices: data }));
  renameSync(tmp, file);
}

/** Watches the store and saves it `debounceMs` after the last change; `flush` saves now. */
export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private readonly onDirty = (): void => this.schedule();

  constructor(private readonly store: StateStore, readonly file: string, private readonly debounceMs = 200) {
    store.on('dirty', this.onDirty);
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
    this.timer.unref();
  }

  /** Writes pending changes immediately. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    writeStateFile(this.file, this.store.snapshot());
  }

  /** Flushes and stops watching. */
  close(): void {
    this.store.off('dirty', this.onDirty);
    if (this.timer) this.flush();
  }
}
