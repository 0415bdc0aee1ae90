/** Health channels: start/stop watching a provisioned design, snapshots, game-day faults on the Sandbox, timeline export. */
import { z } from 'zod';
import { event, request } from '../define';
import type { EdgeHealth, HealthChange, HealthSnapshot, TimelineEntry } from '../../health/types';
import type { Design } from '../../model/design';
import type { WhatIfResult } from '../../validate/types';

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region code such as us-east-1');
const zone = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/, 'a zone name such as us-east-1a');
const nodeId = z.string().min(1).max(128);

/** Where to watch: the Sandbox (the embedded one, or one at `endpoint`), AWS by profile, or a custom endpoint. */
export const healthTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sandbox'), endpoint: z.string().url().optional() }),
  z.object({ kind: z.literal('aws'), profile: z.string().max(128).optional(), region: region.optional() }),
  z.object({ kind: z.literal('endpoint'), endpoint: z.string().url(), profile: z.string().max(128).optional(), region: region.optional() }),
]);

/** A target as the UI sends it. */
export type HealthTargetParam = z.input<typeof healthTargetSchema>;

/** A game-day action: what to break in the Sandbox, named by design node or zone. */
export const gameDaySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fail-az'), zone }),
  z.object({ kind: z.literal('fail-region'), region }),
  z.object({ kind: z.literal('kill-instance'), nodeId }),
  z.object({ kind: z.literal('crash-db'), nodeId }),
  z.object({ kind: z.literal('drop-tunnel'), nodeId, tunnel: z.union([z.literal(1), z.literal(2)]).default(1) }),
  z.object({
    kind: z.literal('api-errors'), service: z.enum(['ec2', 'elbv2', 'rds', 'autoscaling', 'cloudwatch', 'sns']).optional(),
    action: z.string().max(100).optional(), rate: z.number().min(0).max(1).default(1),
    code: z.string().max(100).default('Throttling'), region: region.optional(),
  }),
]);

/** A game-day action as the UI sends it. */
export type GameDayParam = z.input<typeof gameDaySchema>;
/** A game-day action after defaults. */
export type GameDayAction = z.output<typeof gameDaySchema>;

/** One fault active in the Sandbox, as the game-day panel lists it. */
export interface ActiveFault {
  readonly id: string;
  readonly kind: string;
  /** "us-east-1a down", "web-1 stopped". */
  readonly label: string;
  readonly createdAt: string;
}

/** What injecting a fault gave: the fault, and the validator's prediction for the same failure (when it maps to a failure domain). */
export interface GameDayResult {
  readonly fault: ActiveFault;
  readonly prediction: WhatIfResult | null;
}

/** Status of the watch (the status bar and the wall screen's header). */
export interface HealthStatus {
  readonly designId: string | null;
  readonly running: boolean;
  readonly target: string | null;
  readonly intervalMs: number;
  readonly lastCycleAt: string | null;
  readonly callsLastCycle: number;
  readonly problem: string | null;
  /** True when game days are possible (the target is a Sandbox). */
  readonly sandbox: boolean;
}

/** Requests of the health area. */
export const healthRequests = {
  /** Starts watching a design (replacing any current watch); resolves with the first cycle's snapshot. */
  'health:start': request<HealthSnapshot>()(z.object({ design: z.unknown(), target: healthTargetSchema, intervalMs: z.number().int().min(100).max(60_000).optional() })),
  'health:stop': request<{ readonly ok: boolean }>()(z.object({})),
  /** Everything known now (a window opened late, the wall screen), or null when nothing is watched. */
  'health:snapshot': request<HealthSnapshot | null>()(z.object({})),
  'health:status': request<HealthStatus>()(z.object({})),
  /** The design being watched (the wall screen draws it), or null. */
  'health:design': request<Design | null>()(z.object({})),
  /** Injects a game-day fault into the watched Sandbox. */
  'health:fault': request<GameDayResult>()(z.object({ action: gameDaySchema })),
  'health:faults': request<readonly ActiveFault[]>()(z.object({})),
  /** Clears one fault by id, or all when `id` is absent. */
  'health:clear-faults': request<{ readonly removed: number }>()(z.object({ id: z.string().max(64).optional() })),
  /** The incident timeline as Markdown or JSON text (the UI saves or downloads it). */
  'health:export': request<{ readonly text: string; readonly suggestedName: string }>()(z.object({ format: z.enum(['markdown', 'json']) })),
};

/** What one poll changed, sent as one message: node changes, edge flow changes, new timeline entries (any may be empty). */
export interface HealthBatch {
  readonly designId: string;
  readonly changes: readonly HealthChange[];
  readonly edges: readonly EdgeHealth[];
  readonly entries: readonly TimelineEntry[];
}

/** Events of the health area (each carries only what changed; one batch per poll, not one message per change). */
export const healthEvents = {
  'health:batch': event<HealthBatch>(),
  'health:status': event<HealthStatus>(),
};
