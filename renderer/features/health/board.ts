// The wall board's layout, computed from the design: regions, their zones with the resources inside, and the
// regional resources (balancers, groups, alarms, VPNs) beside them. Pure.
import { indexDesign, isContainer, type Design, type DesignNode } from '../../../src/model';

export interface BoardZone { readonly id: string; readonly name: string; readonly nodes: readonly DesignNode[] }
export interface BoardRegion { readonly id: string; readonly name: string; readonly zones: readonly BoardZone[]; readonly regional: readonly DesignNode[] }

const WATCHED = (n: DesignNode) => !isContainer(n) && n.kind !== 'routeTable' && n.kind !== 'securityGroup' && n.kind !== 'internetGateway';

/** Regions → zones → resources, for the wall screen. Resources outside any region form a last "global" group. */
export function boardOf(design: Design): BoardRegion[] {
  const index = indexDesign(design);
  const regions: BoardRegion[] = [];
  const placed = new Set<string>();
  for (const r of index.ofKind('region')) {
    const zones = new Map<string, { id: string; name: string; nodes: DesignNode[] }>();
    const regional: DesignNode[] = [];
    const stack = [...index.children(r.id)];
    while (stack.length) {
      const n = stack.pop()!;
      if (isContainer(n)) { stack.push(...index.children(n.id)); continue; }
      if (!WATCHED(n)) continue;
      placed.add(n.id);
      const az = index.ancestor(n.id, 'az');
      if (!az) { regional.push(n); continue; }
      const key = az.zone;
      const z = zones.get(key) ?? { id: az.id, name: az.zone, nodes: [] };
      z.nodes.push(n);
      zones.set(key, z);
    }
    const byName = (a: DesignNode, b: DesignNode) => a.name.localeCompare(b.name);
    regions.push({
      id: r.id, name: r.region,
      zones: [...zones.values()].sort((a, b) => a.name.localeCompare(b.name)).map((z) => ({ ...z, nodes: z.nodes.sort(byName) })),
      regional: regional.sort(byName),
    });
  }
  const global = design.nodes.filter((n) => WATCHED(n) && !placed.has(n.id));
  if (global.length) regions.push({ id: '__global', name: 'Global', zones: [], regional: global });
  return regions;
}
