/** What an assessor sees: the design, where its node lives, this and the previous cycle's observation, the node's previous health. */
import type { DesignIndex, DesignNode } from '../../model';
import type { Observation } from '../observation';
import type { ResourceRef } from '../resources';
import type { Assessment } from '../settle';
import type { NodeHealth } from '../types';

/** Inputs of one node's assessment. */
export interface AssessContext {
  readonly index: DesignIndex;
  readonly ref: ResourceRef;
  readonly obs: Observation;
  readonly prevObs?: Observation;
  readonly prev?: NodeHealth;
  /** Resource refs of every node (to follow edges to other nodes' resources). */
  readonly refs: ReadonlyMap<string, ResourceRef>;
}

/** Assesses one node of a given kind. */
export type Assessor = (node: DesignNode, ctx: AssessContext) => Assessment;

/** The failure that blinds this assessment, if its source failed. */
export function failed(ctx: AssessContext, key: string): Assessment | undefined {
  const why = ctx.obs.failures.get(key);
  return why === undefined ? undefined : { noData: why };
}

/** "1 unhealthy in us-east-1a, 2 initial in us-east-1b" from labelled items. */
export function countBy<T>(items: readonly T[], label: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(label(t), (counts.get(label(t)) ?? 0) + 1);
  return [...counts].map(([l, n]) => `${n} ${l}`).join(', ');
}
