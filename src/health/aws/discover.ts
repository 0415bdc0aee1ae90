/** Finds where every node of a design lives: per region, the kinds it has there, by ownership tag. */
import { regionOf, type DesignIndex, type NodeKind } from '../../model';
import { failedKey, type ResourceMap, type ResourceRef } from '../resources';
import { describeError, type ClientPool } from './clients';
import { discoverEc2, type Found } from './discover-ec2';
import { discoverServices } from './discover-services';

/** The regions of a design with the kinds of node each holds. */
export function regionKinds(index: DesignIndex): Map<string, Set<NodeKind>> {
  const out = new Map<string, Set<NodeKind>>();
  for (const n of index.design.nodes) {
    const r = regionOf(index, n.id);
    if (!r) continue;
    let set = out.get(r);
    if (!set) out.set(r, (set = new Set()));
    set.add(n.kind);
  }
  return out;
}

/** One node may have left several resources behind (a replaced instance): prefer live over gone, then the newest. */
function pick(a: Found, b: Found): Found {
  if (!!a.gone !== !!b.gone) return a.gone ? b : a;
  return (b.when ?? 0) > (a.when ?? 0) ? b : a;
}

/** Discovers the design's resources in every region it spans; a kind whose calls fail in a region is listed in `failed`. */
export async function discoverResources(pool: ClientPool, index: DesignIndex, now: () => string): Promise<ResourceMap> {
  const designId = index.design.id;
  const byNode = new Map<string, ResourceRef>();
  const failed = new Map<string, string>();
  await Promise.all([...regionKinds(index)].map(async ([region, kinds]) => {
    const c = pool.forRegion(region);
    const results = (await Promise.all([discoverEc2(c.ec2, designId, kinds), discoverServices(c, designId, kinds)])).flat();
    const best = new Map<string, Found>();
    for (const r of results) {
      if ('error' in r) {
        failed.set(failedKey(region, r.kind), describeError(r.error, `finding ${r.kind} resources`));
        continue;
      }
      for (const f of r.found) {
        const node = index.byId.get(f.nodeId);
        if (!node || node.kind !== f.kind) continue;
        const prev = best.get(f.nodeId);
        best.set(f.nodeId, prev ? pick(prev, f) : f);
      }
    }
    for (const f of best.values()) byNode.set(f.nodeId, { nodeId: f.nodeId, kind: f.kind, region, id: f.id });
  }));
  return { byNode, failed, at: now() };
}
