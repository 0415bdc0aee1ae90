// The live-health store of this feature: node health with its reasons, edge flow, the incident timeline,
// game-day state. The app store's health slice gets a mirror of node states for the canvas colours.
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

/** Applies a batch of node changes; returns the changes for notifications. */
export function applyChanges(designId: string, changes: readonly HealthChange[]): void {
  const s = healthStore.getState();
  if (s.designId !== null && s.designId !== designId) return;
  const nodes = new Map(s.nodes);
  for (const c of changes) {
    const { at: _at, previous: _previous, ...h } = c;
    nodes.set(c.nodeId, h);
  }
  healthStore.setState({ nodes, designId });
}

export function applyEdges(designId: string, edges: readonly EdgeHealth[]): void {
  const s = healthStore.getState();
  if (s.designId !== null && s.designId !== designId) return;
  const next = new Map(s.edges);
  for (const e of edges) next.set(e.edgeId, e);
  healthStore.setState({ edges: next });
}

export function applyTimeline(designId: string, entries: readonly TimelineEntry[]): void {
  const s = healthStore.getState();
  if (s.designId !== null && s.designId !== designId) return;
  const seen = new Set(s.timeline.map((e) => e.id));
  const fresh = entries.filter((e) => !seen.has(e.id));
  if (!fresh.length) return;
  const all = [...s.timeline, ...fresh].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  healthStore.setState({ timeline: all.slice(-MAX_TIMELINE) });
}

export function resetHealth(): void {
  healthStore.setState(initial);
}
