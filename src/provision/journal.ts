/**
 * The apply journal: an append-only JSON-lines file, flushed to disk (fsync)
 * after every line, so an apply that crashed or was killed can be resumed with
 * the same generation (same ClientTokens) and converge to the same result.
 * It holds ids and states only, never a credential.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** One journal line. */
export type JournalEntry =
  | { readonly t: 'begin'; readonly run: string; readonly mode: 'apply' | 'destroy'; readonly design: string; readonly target: string; readonly at: string; readonly ops: number }
  | { readonly t: 'start'; readonly run: string; readonly key: string; readonly at: string }
  | { readonly t: 'done'; readonly run: string; readonly key: string; readonly at: string; readonly id?: string; readonly region?: string; readonly kind?: string; readonly node?: string }
  | { readonly t: 'failed'; readonly run: string; readonly key: string; readonly at: string; readonly code: string; readonly message: string }
  | { readonly t: 'end'; readonly run: string; readonly at: string; readonly status: 'ok' | 'failed' | 'canceled'; readonly known: readonly string[]; readonly regions: readonly string[] };

/** What a journal says about earlier runs. */
export interface JournalState {
  /** A run that began and never ended (crash / kill): resume it with its generation. */
  readonly unfinished?: { readonly run: string; readonly mode: 'apply' | 'destroy'; readonly done: ReadonlySet<string> };
  /** Node ids that existed after the last finished run (drift: deleted outside). */
  readonly known: ReadonlySet<string>;
  /** Regions touched before (discovery looks there too). */
  readonly regions: ReadonlySet<string>;
  /** Resources created by the last (or unfinished) run: what a rollback deletes. */
  readonly created: readonly { readonly node: string; readonly id: string; readonly kind: string; readonly region: string }[];
}

/** Reads a journal file; a torn last line (killed mid-write) is ignored. */
export function readJournal(path: string): JournalState {
  if (!existsSync(path)) return { known: new Set(), regions: new Set(), created: [] };
  const entries: JournalEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try { entries.push(JSON.parse(line) as JournalEntry); } catch { /* a torn write from a kill */ }
  }
  let known = new Set<string>();
  const regions = new Set<string>();
  let open: { run: string; mode: 'apply' | 'destroy'; done: Set<string> } | undefined;
  let created: { node: string; id: string; kind: string; region: string }[] = [];
  for (const e of entries) {
    if (e.t === 'begin') {
      if (!open || open.run !== e.run) created = [];
      open = open?.run === e.run ? open : { run: e.run, mode: e.mode, done: new Set() };
    } else if (e.t === 'done' && open && e.run === open.run) {
      open.done.add(e.key);
      if (e.region) regions.add(e.region);
      if (e.node && !e.key.startsWith('delete:')) known.add(e.node);
      if (e.node && e.key.startsWith('delete:')) known.delete(e.node);
      if (e.key.startsWith('create:') && e.node && e.id && e.kind && e.region) created.push({ node: e.node, id: e.id, kind: e.kind, region: e.region });
    } else if (e.t === 'end') {
      known = new Set(e.known);
      for (const r of e.regions) regions.add(r);
      if (open?.run === e.run) open = undefined;
    }
  }
  return { unfinished: open, known, regions, created };
}

/** An open journal: appends are written and fsynced before the call returns. */
export class Journal {
  private fd: number | undefined;
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'a', 0o600);
  }

  /** Appends one line and flushes it to disk. */
  append(entry: JournalEntry): void {
    if (this.fd === undefined) throw new Error(`journal ${this.path} is closed`);
    writeSync(this.fd, JSON.stringify(entry) + '\n');
    fsyncSync(this.fd);
  }

  /** Closes the file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
