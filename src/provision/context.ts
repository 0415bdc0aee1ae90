/** Builds the per-region operation context handlers run with. */
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import type { ClientFactory } from './clients';
import { isRetryable } from './errors';
import type { OpContext } from './handler';
import { hashProps } from './props';
import { clientToken, ownershipTags } from './tags';
import type { ActualResource, DesiredResource } from './types';
import { backoff, pollUntil, sleep, type PollTiming } from './wait';

/** The machine image used for instances without one on the Sandbox (it accepts any well-formed id). */
export const SANDBOX_IMAGE = 'ami-0a11ce5a4d0b1e5f0';

/** Shared state of one run, across regions. */
export interface RunState {
  readonly factory: ClientFactory;
  readonly designId: string;
  readonly generation: string;
  readonly timing: PollTiming;
  /** Node id → its physical resource, filled by discovery and by creates. */
  readonly resources: Map<string, ActualResource>;
  readonly log: (message: string) => void;
}

const images = new Map<string, Promise<string>>();

async function latestAmazonLinux(ctx: OpContext): Promise<string> {
  const out = await ctx.clients.ec2.send(new DescribeImagesCommand({
    Owners: ['amazon'], Filters: [{ Name: 'name', Values: ['al2023-ami-2023.*-x86_64'] }, { Name: 'state', Values: ['available'] }],
  }));
  const best = (out.Images ?? []).filter((i) => i.ImageId).sort((a, b) => String(b.CreationDate).localeCompare(String(a.CreationDate)))[0];
  if (!best?.ImageId) throw new Error(`no Amazon Linux 2023 image found in ${ctx.region}; set imageId on the instance or launch settings`);
  return best.ImageId;
}

/** The operation context of one region. */
export function opContext(run: RunState, region: string): OpContext {
  const clients = run.factory(region);
  const ctx: OpContext = {
    clients, region, designId: run.designId, generation: run.generation, timing: run.timing,
    resource: (nodeId) => {
      const r = run.resources.get(nodeId);
      if (!r) throw new Error(`node ${nodeId} has no provisioned resource yet (it must be created first)`);
      return r;
    },
    maybeResource: (nodeId) => run.resources.get(nodeId),
    nodeOfPhysical: (physicalId) => {
      for (const r of run.resources.values()) if (r.id === physicalId || r.arn === physicalId || r.aliases?.includes(physicalId)) return r.nodeId;
      return undefined;
    },
    tags: (want: DesiredResource) => ownershipTags(run.designId, want.nodeId, want.name, hashProps(want.props), want.tags),
    token: (nodeId, part = '') => clientToken(run.designId, nodeId, run.generation, part),
    defaultImage: () => {
      if (run.factory.target.kind === 'sandbox') return Promise.resolve(SANDBOX_IMAGE);
      const key = `${region}`;
      let p = images.get(key);
      if (!p) images.set(key, (p = latestAmazonLinux(ctx).catch((e) => { images.delete(key); throw e; })));
      return p;
    },
    poll: (what, check) => pollUntil(what, check, run.timing),
    createOnce: async (what, send, lookup) => {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) {
          const found = await lookup();
          if (found !== undefined) {
            run.log(`${what}: found by its tags after a failed attempt, adopted`);
            return found;
          }
        }
        try {
          return await send();
        } catch (err) {
          if (!isRetryable(err) || attempt >= 9) throw err;
          await sleep(backoff({ ...run.timing, initialMs: run.timing.initialMs * 5, maxMs: run.timing.maxMs * 4 }, attempt));
        }
      }
    },
    clientsFor: (r) => run.factory(r),
    log: run.log,
  };
  return ctx;
}
