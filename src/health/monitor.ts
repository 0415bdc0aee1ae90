/**
 * The health monitor of one provisioned design: discover its resources by
 * tag, poll them in batches on an adaptive interval, assess, and emit only
 * what changed — node health, edge flow, timeline entries — as events and
 * as an async iterator.
 */
import { EventEmitter } from 'node:events';
import { indexDesign, type Design, type DesignIndex } from '../model';
import { assessDesign } from './assess';
import { createClientPool, type ClientPool, type HealthTarget } from './aws/clients';
import { discoverResources } from './aws/discover';
import { pollOnce } from './aws/poll';
import { diffHealth } from './diff';
import { edgeFlows } from './edges';
import { entriesFromObservation, failoverEntries } from './events';
import { nextInterval } from './interval';
import type { Observation } from './observation';
import type { ResourceMap } from './resources';
import { entriesFromChanges, mergeTimeline, type OpenIncidents } from './timeline';
import type { EdgeHealth, HealthChange, HealthSnapshot, NodeHealth, TimelineEntry } from './types';

/** Options of a monitor. */
export interface MonitorOptions {
  readonly design: Design;
  readonly target: HealthTarget;
  /** Base poll interval, ms (default 5,000 against AWS, 1,000 on the Sandbox). */
  readonly intervalMs?: number;
  /** How often resources are re-discovered by tag, ms (default 30,000; sooner while a node is not found). */
  readonly rediscoverMs?: number;
  /** Clients to use (e.g. the provisioner's); built from the target when absent. */
  readonly pool?: ClientPool;
  /** Time source, epoch ms (tests). */
  readonly now?: () => number;
}

/** Facts about one finished cycle (benchmarks, the status bar). */
export interface CycleStats {
  readonly at: string;
  readonly durationMs: number;
  readonly calls: number;
  readonly callsByOp: Readonly<Record<string, number>>;
  readonly throttled: boolean;
  readonly discovered: boolean;
  readonly nextIntervalMs: number;
}

/** Events of a monitor; each carries only what changed in one cycle. */
export interface MonitorEvents {
  changes: [readonly HealthChange[]];
  edges: [readonly EdgeHealth[]];
  timeline: [readonly TimelineEntry[]];
  cycle: [CycleStats];
  problem: [Error];
  /** The monitor stopped (iterators end). */
  stop: [];
}

const UNHEALTHY = new Set(['down', 'degraded', 'stale']);
/** Least pause between two cycles, ms, even when a cycle overruns the interval. */
const MIN_GAP_MS = 50;

/** Watches one design on one target. `start()` runs the first cycle; `stop()` ends the loop. */
export class HealthMonitor extends EventEmitter<MonitorEvents> {
  private readonly index: DesignIndex;
  private readonly now: () => number;
  private readonly baseMs: number;
  private readonly rediscoverMs: number;
  private pool?: ClientPool;
  private ownsPool = false;
  private resources_?: ResourceMap;
  private obs?: Observation;
  private health = new Map<string, NodeHealth>();
  private edges = new Map<string, EdgeHealth>();
  private entries: TimelineEntry[] = [];
  /** Incidents reported and not yet recovered, by node: recoveries answer them, repeats of them are not news. */
  private readonly openIncidents: OpenIncidents = new Map();
  private eventsSince: Date;
  private throttledCycles = 0;
  private intervalMs: number;
  private lastDurationMs = 0;
  private running = false;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  private loop?: Promise<void>;

  constructor(private readonly options: MonitorOptions) {
    super();
    this.index = indexDesign(options.design);
    this.now = options.now ?? Date.now;
    this.baseMs = options.intervalMs ?? (options.target.kind === 'sandbox' ? 1000 : 5000);
    this.rediscoverMs = options.rediscoverMs ?? 30_000;
    this.intervalMs = this.baseMs;
    this.eventsSince = new Date(this.now());
    this.pool = options.pool;
  }

  /** The design being watched, indexed. */
  get design(): DesignIndex {
    return this.index;
  }

  /** Where each node was found (undefined before the first discovery). */
  get resources(): ResourceMap | undefined {
    return this.resources_;
  }

  /** The last cycle's observation. */
  get observation(): Observation | undefined {
    return this.obs;
  }

  /** The current poll interval, ms. */
  get interval(): number {
    return this.intervalMs;
  }

  /** Everything known now (for a UI that attaches late). */
  snapshot(): HealthSnapshot {
    return {
      designId: this.index.design.id, at: new Date(this.now()).toISOString(), intervalMs: this.intervalMs,
      nodes: [...this.health.values()], edges: [...this.edges.values()], timeline: [...this.entries],
    };
  }

  /** Runs the first cycle (so the snapshot is filled), then keeps polling until `stop()`. */
  async start(): Promise<void> {
    if (this.running) return;
    if (!this.pool) {
      this.pool = createClientPool(this.options.target);
      this.ownsPool = true;
    }
    this.running = true;
    await this.cycle();
    this.loop = this.run();
  }

  /** Polls now instead of waiting out the interval (e.g. right after a game-day fault). */
  pollNow(): void {
    this.wake?.();
  }

  /** Stops polling and releases the clients it built. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    if (this.ownsPool) this.pool?.destroy();
    this.emit('stop');
  }

  /** Adds an entry of the caller's own (a fault injected from the canvas, a note). */
  note(entry: TimelineEntry): void {
    this.entries = mergeTimeline(this.entries, [entry]);
    this.emit('timeline', [entry]);
  }

  /** Health changes one by one, until the monitor stops or `signal` aborts. */
  async *changes(signal?: AbortSignal): AsyncGenerator<HealthChange> {
    const queue: HealthChange[] = [...this.health.values()].map((h) => ({ ...h, at: h.since }));
    let notify: (() => void) | undefined;
    const onChanges = (cs: readonly HealthChange[]) => { queue.push(...cs); notify?.(); };
    const onAbort = () => notify?.();
    this.on('changes', onChanges);
    signal?.addEventListener('abort', onAbort);
    try {
      while (this.running || queue.length) {
        if (signal?.aborted) return;
        const next = queue.shift();
        if (next) { yield next; continue; }
        if (!this.running) return;
        await new Promise<void>((resolve) => {
          const done = () => { this.off('cycle', done); this.off('stop', done); resolve(); };
          notify = done;
          this.once('cycle', done);
          this.once('stop', done);
        });
        notify = undefined;
      }
    } finally {
      this.off('changes', onChanges);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        // Start-to-start: a slow cycle eats into the wait, so the interval is the polling period (with a small floor).
        this.timer = setTimeout(resolve, Math.max(MIN_GAP_MS, this.intervalMs - this.lastDurationMs));
      });
      clearTimeout(this.timer);
      this.wake = undefined;
      if (!this.running) break;
      await this.cycle();
    }
  }

  private needsDiscovery(nowMs: number): boolean {
    const r = this.resources_;
    if (!r) return true;
    const age = nowMs - Date.parse(r.at);
    const missing = r.failed.size > 0 || [...this.health.values()].some((h) => h.state === 'not-deployed');
    return age >= this.rediscoverMs || (missing && age >= Math.min(this.rediscoverMs, 5 * this.baseMs));
  }

  private async cycle(): Promise<void> {
    const started = this.now();
    const at = new Date(started).toISOString();
    try {
      const discovered = this.needsDiscovery(started);
      if (discovered) this.resources_ = await discoverResources(this.pool!, this.index, () => at);
      const poll = await pollOnce({ pool: this.pool!, resources: this.resources_!, prevObs: this.obs, eventsSince: this.eventsSince, at });
      const next = assessDesign({ index: this.index, resources: this.resources_!, obs: poll.obs, prevObs: this.obs, prev: this.health });
      const changes = diffHealth(this.health, next, at);
      const prev = this.health;
      this.health = next;
      this.obs = poll.obs;
      this.eventsSince = new Date(started - 10_000);
      const edgeChanges = edgeFlows(this.index, next).filter((e) => {
        const before = this.edges.get(e.edgeId);
        return !before || before.flow !== e.flow || before.reason !== e.reason;
      });
      for (const e of edgeChanges) this.edges.set(e.edgeId, e);
      const fresh = [
        ...entriesFromChanges(this.index, changes, this.openIncidents),
        ...failoverEntries(this.index, changes, (id) => prev.get(id)?.reason),
        ...entriesFromObservation(this.index, this.resources_!, poll.obs),
      ].filter((e) => !this.entries.some((x) => x.id === e.id));
      this.entries = mergeTimeline(this.entries, fresh);
      this.throttledCycles = poll.throttled ? this.throttledCycles + 1 : 0;
      const unhealthy = [...next.values()].some((h) => UNHEALTHY.has(h.state));
      this.intervalMs = nextInterval({ baseMs: this.baseMs, unhealthy, throttledCycles: this.throttledCycles });
      if (changes.length) this.emit('changes', changes);
      if (edgeChanges.length) this.emit('edges', edgeChanges);
      if (fresh.length) this.emit('timeline', fresh);
      this.lastDurationMs = this.now() - started;
      this.emit('cycle', {
        at, durationMs: this.lastDurationMs, calls: poll.calls, callsByOp: Object.fromEntries(poll.callsByOp),
        throttled: poll.throttled, discovered, nextIntervalMs: this.intervalMs,
      });
    } catch (err) {
      this.emit('problem', err instanceof Error ? err : new Error(String(err)));
    }
  }
}

/** Starts watching a design: resolves once the first cycle is in. */
export async function watchDesign(options: MonitorOptions): Promise<HealthMonitor> {
  const m = new HealthMonitor(options);
  await m.start();
  return m;
}
