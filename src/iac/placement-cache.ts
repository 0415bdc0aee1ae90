/** Each node's region code, zone and nearest VPC, computed once per design (exports ask for them for every attribute). */
import type { DesignIndex } from '../model';

/** Where a node sits. */
export interface Placement {
  readonly region?: string;
  readonly zone?: string;
  readonly vpc?: string;
}

const cache = new WeakMap<DesignIndex, Map<string, Placement>>();

/** The placement of every node of an indexed design (memoised per index, linear in the node count). */
export function placements(index: DesignIndex): Map<string, Placement> {
  const hit = cache.get(index);
  if (hit) return hit;
  const out = new Map<string, Placement>();
  const visit = (id: string, depth: number): Placement => {
    const known = out.get(id);
    if (known) return known;
    const n = index.byId.get(id);
    if (!n || depth > 64) return {};
    const up = n.parent !== undefined ? visit(n.parent, depth + 1) : {};
    const p: Placement = {
      region: n.kind === 'region' ? n.region : up.region,
      zone: n.kind === 'az' ? n.zone : up.zone,
      vpc: n.kind === 'vpc' ? n.id : up.vpc,
    };
    out.set(id, p);
    return p;
  };
  for (const n of index.design.nodes) visit(n.id, 0);
  cache.set(index, out);
  return out;
}
