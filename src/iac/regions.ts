/** The region codes of a design, primary first, independent of the order of the node list. */
import { indexDesign, type Design } from '../model';

/**
 * Region codes used by the design's region containers; the primary (which gets
 * global resources such as DNS) is the one holding the most nodes, ties broken
 * by code. A design without regions exports to us-east-1.
 */
export function designRegions(design: Design): string[] {
  const index = indexDesign(design);
  const weight = new Map<string, number>();
  for (const n of design.nodes) {
    const code = index.ancestor(n.id, 'region')?.region;
    if (code) weight.set(code, (weight.get(code) ?? 0) + 1);
  }
  const codes = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1));
  return codes.length ? codes : ['us-east-1'];
}
