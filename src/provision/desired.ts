/** The design → the resources it asks for (one per provisionable node), or why a node is not provisioned. */
import { indexDesign, regionOf, type Design, type DesignNode } from '../model';
import { PLACEMENT_KINDS, SPECS, UNSUPPORTED } from './specs';
import { vpcIdOf } from './specs/spec';
import type { DesiredResource } from './types';

/** What the design says about one node. */
export type DesiredEntry =
  | { readonly node: DesignNode; readonly resource: DesiredResource }
  | { readonly node: DesignNode; readonly unsupported: string };

/** Every non-placement node of the design, in design order, as a desired resource or an unsupported message. */
export function desiredResources(design: Design): DesiredEntry[] {
  const index = indexDesign(design);
  const out: DesiredEntry[] = [];
  for (const node of design.nodes) {
    if (PLACEMENT_KINDS.has(node.kind)) continue;
    const spec = SPECS[node.kind];
    if (!spec) {
      const u = UNSUPPORTED[node.kind];
      out.push({ node, unsupported: u ? u.unsupported(node as never) : `not provisioned: no mapping for kind ${node.kind}` });
      continue;
    }
    const region = regionOf(index, node.id);
    if (!region) {
      out.push({ node, unsupported: `not provisioned: ${node.kind} "${node.name}" is not inside a region` });
      continue;
    }
    const view = spec.desired(node as never, index);
    out.push({
      node,
      resource: {
        nodeId: node.id, kind: node.kind, name: node.name, region, vpc: vpcIdOf(index, node.id),
        props: view.props, hints: view.hints ?? {}, tags: { ...(node.tags ?? {}) },
      },
    });
  }
  return out;
}
