/** Provision channels: identity, plan, apply, destroy, cancel; step and done events for the canvas and the Provision panel. */
import { z } from 'zod';
import { event, request } from '../define';
import type { Identity, PlanStep, PlanSummary, StepEvent } from '../../provision/types';

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region code such as us-east-1');

/** Where to provision: the app's embedded Sandbox (or one at `endpoint`), AWS by profile and region, or a custom endpoint. */
export const provisionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sandbox'), endpoint: z.string().url().optional() }),
  z.object({ kind: z.literal('aws'), profile: z.string().max(128).optional(), region: region.optional() }),
  z.object({ kind: z.literal('endpoint'), endpoint: z.string().url(), profile: z.string().max(128).optional(), region: region.optional() }),
]);

/** A target as the UI sends it. */
export type ProvisionTargetParam = z.input<typeof provisionTargetSchema>;

/** One plan step as the UI shows it (no raw resources). */
export type PlanStepView = Omit<PlanStep, 'desired' | 'actual'>;

/** A plan for the Provision panel: steps (per-node badges), summary, the same text as the CLI, and who we are on the target. */
export interface PlanView {
  readonly mode: 'apply' | 'destroy';
  readonly designId: string;
  readonly identity: Identity;
  readonly steps: readonly PlanStepView[];
  readonly summary: PlanSummary;
  readonly text: string;
  /** An apply interrupted earlier will be resumed. */
  readonly resumes: boolean;
}

/** A run that has started; its steps arrive as provision:step events. */
export interface RunStarted {
  readonly runId: string;
  readonly plan: PlanView;
}

/** The end of a run. */
export interface RunDone {
  readonly runId: string;
  readonly mode: 'apply' | 'destroy';
  readonly status: 'ok' | 'failed' | 'canceled' | 'error';
  readonly counts: Readonly<Record<'done' | 'failed' | 'skipped' | 'canceled', number>>;
  readonly failures: readonly { readonly nodeId: string; readonly op: string; readonly code: string; readonly message: string }[];
  readonly elapsedMs: number;
  /** Set when the run could not start or crashed (not a step failure). */
  readonly error?: string;
  /**
   * The last event of every operation of the run: the final state of each node, so the UI can
   * reconcile badges whose step events it missed (sent before it subscribed, or lost with a socket).
   */
  readonly steps: readonly StepEvent[];
}

/** Where a run is: the last event of each operation so far, and its end once it has ended. */
export interface RunStatus {
  readonly runId: string;
  readonly steps: readonly StepEvent[];
  readonly done: RunDone | null;
}

const design = z.unknown();
const runOptions = { parallelism: z.number().int().min(1).max(100).default(10) };

/** Requests of the provision area. */
export const provisionRequests = {
  'provision:identity': request<Identity>()(z.object({ target: provisionTargetSchema })),
  'provision:plan': request<PlanView>()(z.object({ design, target: provisionTargetSchema, mode: z.enum(['apply', 'destroy']).default('apply') })),
  'provision:apply': request<RunStarted>()(z.object({ design, target: provisionTargetSchema, ...runOptions, rollback: z.boolean().default(false) })),
  'provision:destroy': request<RunStarted>()(z.object({ design, target: provisionTargetSchema, ...runOptions })),
  'provision:cancel': request<{ readonly canceled: boolean }>()(z.object({ runId: z.string().min(1).max(100) })),
  /** A run's state so far (or at its end): catches up with step events sent before the UI listened. Unknown run ids are an error. */
  'provision:status': request<RunStatus>()(z.object({ runId: z.string().min(1).max(100) })),
};

/** Events of the provision area. */
export const provisionEvents = {
  'provision:step': event<{ readonly runId: string; readonly event: StepEvent }>(),
  'provision:done': event<RunDone>(),
};
