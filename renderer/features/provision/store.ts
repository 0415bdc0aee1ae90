// The Provision panel's own store: target, identity, the plan, the current run, its log and progress.
// Node states for the canvas go to the app store's provision slice (see bridge.ts).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PlanView, ProvisionTargetParam, RunDone } from '../../../src/ipc/channels/provision';
import type { Identity, StepEvent } from '../../../src/provision/types';

/** One line of the run log. */
export interface LogLine {
  readonly at: string;
  readonly level: 'info' | 'error' | 'warn';
  readonly nodeId?: string;
  readonly text: string;
}

export interface ProvisionFeatureState {
  readonly target: ProvisionTargetParam;
  readonly identity: Identity | null;
  readonly plan: PlanView | null;
  readonly runId: string | null;
  readonly startedAt: number | null;
  readonly done: RunDone | null;
  /** Latest event of each operation of the current run. */
  readonly ops: ReadonlyMap<string, StepEvent>;
  readonly log: readonly LogLine[];
  readonly filter: string;
  readonly busy: boolean;
  readonly error: string | null;
}

export const provisionStore = createStore<ProvisionFeatureState>()(() => ({
  target: { kind: 'sandbox' }, identity: null, plan: null, runId: null, startedAt: null, done: null,
  ops: new Map(), log: [], filter: '', busy: false, error: null,
}));

export function useProvision<T>(selector: (s: ProvisionFeatureState) => T): T {
  return useStore(provisionStore, selector);
}

const MAX_LOG = 5000;

/** Appends log lines (bounded). */
export function appendLog(lines: readonly LogLine[]): void {
  const log = [...provisionStore.getState().log, ...lines];
  provisionStore.setState({ log: log.length > MAX_LOG ? log.slice(log.length - MAX_LOG) : log });
}
