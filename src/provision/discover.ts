/**
 * Discovery: what exists in the cloud, found through the handlers' `discover()`
 * per region (by the `ha-architect:design` tag, or everything), mapped back to
 * node ids. Reusable without a design (src/discover imports from here).
 */
import type { ClientFactory } from './clients';
import type { Handler } from './handler';
import { HANDLER_LIST } from './handlers';
import { resolveActual } from './props';
import type { ActualResource } from './types';

/** Options of discoverAll. */
export interface DiscoverOptions {
  readonly regions: readonly string[];
  /** Only the resources of this design; absent = every resource of every handled kind. */
  readonly designId?: string;
  /** Restrict to some handlers (default: all). */
  readonly handlers?: readonly Handler[];
  /** Parallel region × kind listings (default 6). */
  readonly concurrency?: number;
}

/** Lists and resolves the actual resources: references inside properties become `{ ref: nodeId }` where the target is known. */
export async function discoverAll(factory: ClientFactory, options: DiscoverOptions): Promise<ActualResource[]> {
  const handlers = options.handlers ?? HANDLER_LIST;
  const jobs = options.regions.flatMap((region) => handlers.map((h) => ({ region, h })));
  const results: ActualResource[][] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const { region, h } = jobs[i]!;
      results[i] = await h.discover({ clients: factory(region), region, designId: options.designId });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, jobs.length) }, worker));
  return resolveActual(results.flat());
}
