/**
 * Plan, apply and destroy of one design on one target: discovery, the pure
 * plan, the journalled run (resuming an unfinished one with its generation),
 * optional rollback, and the sweep of leftovers so destroy leaves nothing tagged.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Design } from '../model';
import type { ClientFactory } from './clients';
import type { Handler } from './handler';
import { opContext, type RunState } from './context';
import { discoverAll } from './discover';
import { SWEEPS } from './handlers/sweeps';
import { Journal, readJournal, type JournalState } from './journal';
import { destroyPlan, plan as diffPlan } from './plan';
import { assertApplicable } from './plan-problems';
import { hashText } from './props';
import { runSteps, type RunResult } from './run';
import type { ActualResource, Identity, Plan, PlanStep, StepEvent } from './types';
import { AWS_POLL, SANDBOX_POLL, type PollTiming } from './wait';

/** What every session call needs. */
export interface SessionOptions {
  readonly factory: ClientFactory;
  /** Directory for journals (the CLI: ~/.ha-architect; the app: its user-data dir). */
  readonly stateDir: string;
  /** Who we are on the target: the journal is per design, target and account. */
  readonly identity: Identity;
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: StepEvent) => void;
  readonly log?: (message: string) => void;
  readonly timing?: PollTiming;
  /** Handlers discovery uses (default: all); a target that lacks a service can leave its kinds out. */
  readonly handlers?: readonly Handler[];
}

/** A plan with what it was computed from. */
export interface PlannedDesign {
  readonly plan: Plan;
  readonly actual: readonly ActualResource[];
  readonly journal: JournalState;
  readonly regions: readonly string[];
}

/** The journal file of a design on a target. */
export function journalPath(options: SessionOptions, designId: string): string {
  const key = hashText(`${options.factory.target.kind}\u0000${options.identity.endpoint ?? ''}\u0000${options.identity.account}`);
  return join(options.stateDir, 'journal', `${designId}--${options.factory.target.kind}-${key}.jsonl`);
}

function designRegions(design: Design): string[] {
  return [...new Set(design.nodes.flatMap((n) => (n.kind === 'region' ? [n.region] : [])))];
}

/** Discovers the design's resources and plans the design against them. */
export async function planDesign(design: Design, options: SessionOptions): Promise<PlannedDesign> {
  const journal = readJournal(journalPath(options, design.id));
  const regions = [...new Set([...designRegions(design), ...journal.regions])];
  const actual = await discoverAll(options.factory, { regions, designId: design.id, handlers: options.handlers });
  return { plan: diffPlan(design, actual, { known: journal.known }), actual, journal, regions };
}

function runState(options: SessionOptions, designId: string, generation: string, actual: readonly ActualResource[]): RunState {
  return {
    factory: options.factory, designId, generation,
    timing: options.timing ?? (options.factory.target.kind === 'sandbox' ? SANDBOX_POLL : AWS_POLL),
    resources: new Map(actual.filter((a) => !a.attrs?.deleting).map((a) => [a.nodeId, a])),
    log: options.log ?? (() => {}),
  };
}

/** The outcome of an apply or destroy. */
export interface SessionResult {
  readonly plan: Plan;
  readonly result: RunResult;
  /** True when an interrupted run was resumed (same generation, tag lookups before creates). */
  readonly resumed: boolean;
  readonly rolledBack?: RunResult;
}

async function journalled(
  design: Design, planned: PlannedDesign, steps: readonly PlanStep[], mode: 'apply' | 'destroy', options: SessionOptions,
  after?: (state: RunState) => Promise<void>,
): Promise<{ result: RunResult; resumed: boolean; state: RunState; journal: Journal }> {
  const unfinished = planned.journal.unfinished;
  const resumed = unfinished !== undefined;
  const generation = unfinished?.run ?? `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const journal = new Journal(journalPath(options, design.id));
  const state = runState(options, design.id, generation, planned.actual);
  journal.append({ t: 'begin', run: generation, mode, design: design.id, target: options.identity.target, at: new Date().toISOString(), ops: steps.length });
  const result = await runSteps(steps, state, { run: generation, journal, concurrency: options.concurrency, signal: options.signal, onEvent: options.onEvent, lookupFirst: resumed });
  if (after && result.status === 'ok') await after(state);
  return { result, resumed, state, journal };
}

function end(journal: Journal, run: string, result: RunResult, state: RunState, regions: readonly string[]): void {
  journal.append({ t: 'end', run, at: new Date().toISOString(), status: result.status, known: [...state.resources.keys()], regions: [...regions] });
  journal.close();
}

/** Applies a design (planning it first unless a plan is given); `rollback` deletes what this run created when it failed. */
export async function applyDesign(design: Design, options: SessionOptions & { readonly rollback?: boolean }, planned?: PlannedDesign): Promise<SessionResult> {
  const p = planned ?? (await planDesign(design, options));
  // Refused before the journal is opened or any resource is touched.
  assertApplicable(p.plan);
  const { result, resumed, state, journal } = await journalled(design, p, p.plan.steps, 'apply', options);
  let rolledBack: RunResult | undefined;
  if (result.status !== 'ok' && options.rollback && result.created.length) {
    options.log?.(`rolling back ${result.created.length} resource(s) created by this apply`);
    rolledBack = await runSteps(destroyPlan(design.id, result.created).steps, state, { run: state.generation, journal, onEvent: options.onEvent, concurrency: options.concurrency });
  }
  end(journal, state.generation, result, state, p.regions);
  return { plan: p.plan, result, resumed, ...(rolledBack ? { rolledBack } : {}) };
}

/** Plans the destroy of a design: everything tagged with it in its regions (and regions it used before). */
export async function planDestroy(design: Design, options: SessionOptions): Promise<PlannedDesign> {
  const journal = readJournal(journalPath(options, design.id));
  const regions = [...new Set([...designRegions(design), ...journal.regions])];
  const actual = await discoverAll(options.factory, { regions, designId: design.id, handlers: options.handlers });
  return { plan: destroyPlan(design.id, actual), actual, journal, regions };
}

/** Destroys everything carrying the design's tag, in reverse dependency order, then sweeps leftovers. Idempotent. */
export async function destroyDesign(design: Design, options: SessionOptions, planned?: PlannedDesign): Promise<SessionResult> {
  const p = planned ?? (await planDestroy(design, options));
  const { result, resumed, state, journal } = await journalled(design, p, p.plan.steps, 'destroy', options, async (st) => {
    for (const region of p.regions) {
      const ctx = opContext(st, region);
      for (const sweep of SWEEPS) {
        const n = await sweep.run(ctx);
        if (n) options.log?.(`swept ${n} leftover ${sweep.what} in ${region}`);
      }
    }
  });
  end(journal, state.generation, result, state, p.regions);
  return { plan: p.plan, result, resumed };
}
