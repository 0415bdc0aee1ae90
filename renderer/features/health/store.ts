// The live-health store of this feature: node health with its reasons, edge flow, the incident timeline,
// game-day state. The app store's health slice gets a mirror of node states for the canvas colours.
// Node badges subscribe by node id (useNodeHealth): a batch wakes only the badges of the nodes it changed.
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EdgeHealth, HealthChange, HealthSnapshot, NodeHealth, TimelineEntry } from '../../../src/health/types';
import type { ActiveFault, HealthStatus } from '../../../src/ipc/channels/health';
import type { WhatIfResult } from '../../../src/validate/types';

/** The last game-day action: what was broken, what the validator predicted, when. */
export interface GameDayRun {
  readonly label: string;
  readonly at: string;
  readonly prediction: WhatIfResult | null;
}

export interface HealthFeatureState {
  readonly designId: string | null;
  readonly live: boolean;
  readonly busy: boolean;
  readonly status: HealthStatus | null;
  readonly nodes: ReadonlyMap<string, NodeHealth>;
  readonly edges: ReadonlyMap<string, EdgeHealth>;
  readonly timeline: readonly TimelineEntry[];
  readonly faults: readonly ActiveFault[];
  readonly lastRun: GameDayRun | null;
  readonly error: string | null;
}

const initial: HealthFeatureState = {
  designId: null, live: false, busy: false, status: null, nodes: new Map(), edges: new Map(), timeline: [], faults: [], lastRun: null, error: null,
};

export const healthStore = createStore<HealthFeatureState>()(() => initial);

export function useHealth<T>(selector: (s: HealthFeatureState) => T): T {
  return useStore(healthStore, selector);
}

const MAX_TIMELINE = 2000;

/** Replaces everything with a snapshot (live mode started, a window attached late). */
export function applySnapshot(snap: HealthSnapshot): void {
  healthStore.setState({
    designId: snap.designId, live: true,
    nodes: new Map(snap.nodes.map((n) => [n.nodeId, n])),
    edges: new Map(snap.edges.map((e) => [e.edgeId, e])),
    timeline: snap.timeline.slice(-MAX_TIMELINE),
  });
}

/** What a batch changes: node health (without the change's own fields), edge flows, new timeline entries. */
export interface HealthUpdate {
  readonly changes?: readonly HealthChange[];
  readonly edges?: readonly EdgeHealth[];
  readonly entries?: readonly TimelineEntry[];
}

const nodeListeners = new Map<string, Set<() => void>>();
const liveListeners = new Set<() => void>();

function notifyNodes(ids: Iterable<string>): void {
  for (const id of ids) nodeListeners.get(id)?.forEach((l) => l());
}

/** Subscribes to one node's health (and to live mode turning on or off). */
export function subscribeNode(nodeId: string, listener: () => void): () => void {
  let set = nodeListeners.get(nodeId);
  if (!set) nodeListeners.set(nodeId, (set = new Set()));
  set.add(listener);
  liveListeners.add(listener);
  return () => {
    set.delete(listener);
    if (!set.size && nodeListeners.get(nodeId) === set) nodeListeners.delete(nodeId);
    liveListeners.delete(listener);
  };
}

/** One node's live health (undefined when live mode is off): re-renders only when this node's entry changes. */
export function useNodeHealth(nodeId: string): NodeHealth | undefined {
  const get = () => { const s = healthStore.getState(); return s.live ? s.nodes.get(nodeId) : undefined; };
  return useSyncExternalStore((l) => subscribeNode(nodeId, l), get, get);
}

// Whole-store changes (snapshot, live on/off, reset) wake every node badge; batches wake only their nodes.
let quiet = false;
healthStore.subscribe((s, prev) => {
  if (!quiet && (s.nodes !== prev.nodes || s.live !== prev.live)) liveListeners.forEach((l) => l());
});

function timelineWith(current: readonly TimelineEntry[], entries: readonly TimelineEntry[]): readonly TimelineEntry[] {
  if (!entries.length) return current;
  const seen = new Set(current.map((e) => e.id));
  const fresh = entries.filter((e) => !seen.has(e.id));
  if (!fresh.length) return current;
  const all = [...current, ...fresh];
  // Entries nearly always arrive in time order: sort only when one does not.
  const ordered = all.every((e, i) => i === 0 || all[i - 1]!.at <= e.at) ? all : all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return ordered.length > MAX_TIMELINE ? ordered.slice(-MAX_TIMELINE) : ordered;
}

/** Applies one batch for the watched design (others are ignored) in one store update; returns the node ids changed. */
export function applyBatch(designId: string, update: HealthUpdate): string[] {
  const s = healthStore.getState();
  if (s.designId !== null && s.designId !== designId) return [];
  const changes = update.changes ?? [];
  let nodes = s.nodes;
  if (changes.length) {
    const next = new Map(s.nodes);
    for (const c of changes) {
      const { at: _at, previous: _previous, ...h } = c;
      next.set(c.nodeId, h);
    }
    nodes = next;
  }
  let edges = s.edges;
  if (update.edges?.length) {
    const next = new Map(s.edges);
    for (const e of update.edges) next.set(e.edgeId, e);
    edges = next;
  }
  const timeline = timelineWith(s.timeline, update.entries ?? []);
  if (nodes === s.nodes && edges === s.edges && timeline === s.timeline && s.designId === designId) return [];
  quiet = true;
  try {
    healthStore.setState({ nodes, edges, timeline, designId });
  } finally {
    quiet = false;
  }
  const ids = [...new Set(changes.map((c) => c.nodeId))];
  notifyNodes(ids);
  return ids;
}

/** Applies a batch of node changes. */
export function applyChanges(designId: string, changes: readonly HealthChange[]): void {
  applyBatch(designId, { changes });
}

export function applyEdges(designId: string, edges: readonly EdgeHealth[]): void {
  applyBatch(designId, { edges });
}

export function applyTimeline(designId: string, entries: readonly TimelineEntry[]): void {
  applyBatch(designId, { entries });
}

export function resetHealth(): void {
  healthStore.setState(initial);
}
