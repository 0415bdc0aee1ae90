/** Shared EC2 helpers of the handlers: tag filters, reading ownership, deletes that wait out dependencies. */
import type { Filter, Tag } from '@aws-sdk/client-ec2';
import { awsError, isDependencyError, isNotFound } from '../errors';
import type { DiscoverContext, OpContext } from '../handler';
import { DESIGN_TAG, NODE_TAG, readTags } from '../tags';
import type { ActualResource } from '../types';
import { pollUntil } from '../wait';

/** Filters selecting the resources of a design (none: every resource). */
export function designFilters(designId: string | undefined): Filter[] | undefined {
  return designId === undefined ? undefined : [{ Name: `tag:${DESIGN_TAG}`, Values: [designId] }];
}

/** Filters selecting the resources of one node of a design. */
export function nodeFilters(designId: string, nodeId: string): Filter[] {
  return [{ Name: `tag:${DESIGN_TAG}`, Values: [designId] }, { Name: `tag:${NODE_TAG}`, Values: [nodeId] }];
}

/** The ownership view of an EC2 resource: node id (its tag, else its physical id), design, hash, name, user tags. */
export function owned(ctx: DiscoverContext, physicalId: string, tags: readonly Tag[] | undefined): Pick<ActualResource, 'nodeId' | 'designId' | 'appliedHash' | 'name' | 'tags' | 'region'> {
  const t = readTags(tags);
  return {
    nodeId: t.nodeId ?? physicalId, region: ctx.region, tags: t.user,
    ...(t.designId ? { designId: t.designId } : {}), ...(t.hash ? { appliedHash: t.hash } : {}), ...(t.name !== undefined ? { name: t.name } : {}),
  };
}

/** Runs a delete: "not found" counts as done; "still in use" is retried with backoff until the timeout. */
export async function deleteWithRetry(ctx: OpContext, what: string, run: () => Promise<unknown>): Promise<void> {
  let last: unknown;
  try {
    await pollUntil(what, async () => {
      try {
        await run();
        return true;
      } catch (err) {
        if (isNotFound(err)) return true;
        if (!isDependencyError(err)) throw err;
        last = err;
        return undefined;
      }
    }, { ...ctx.timing, timeoutMs: Math.min(ctx.timing.timeoutMs, 20 * 60_000) });
  } catch (err) {
    if (last && (err as Error).name !== 'CycleError') {
      const e = awsError(last);
      throw Object.assign(new Error(`${what}: still in use after waiting (${e.code}: ${e.message})`), { name: e.code });
    }
    throw err;
  }
}

/** Calls `run`, treating "not found" as success. */
export async function ignoreNotFound<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** Thrown when a resource reaches a failed state while we wait for it. */
export function failedState(what: string, state: string, detail?: string): Error {
  return Object.assign(new Error(`${what} entered state ${state}${detail ? `: ${detail}` : ''}`), { name: 'ResourceFailed' });
}
