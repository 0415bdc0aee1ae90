// Small hand-made designs for the model's own tests (src/testing has the full builders).
import { applyDesignChanges } from './changes';
import { createNode } from './create';
import type { Design } from './design';
import { emptyDesign } from './empty';
import type { NodeKind } from './node';
import { indexDesign } from './query';

/** Adds a node of `kind` with defaults under `parent` and returns the new design. */
export function add(d: Design, kind: NodeKind, id: string, parent?: string, extra: Record<string, unknown> = {}): Design {
  const node = { ...createNode(indexDesign(d), kind, { id, parent }), ...extra };
  return applyDesignChanges(d, [{ type: 'addNode', node: node as never }]);
}

/** region r1 ⊃ vpc v1 ⊃ az a1 (us-east-1a), a2 (us-east-1b) ⊃ subnets s1, s2 ⊃ instances i1, i2; lb, tg. */
export function smallDesign(): Design {
  let d = emptyDesign('test-design', 'Test');
  d = add(d, 'region', 'r1');
  d = add(d, 'vpc', 'v1', 'r1');
  d = add(d, 'az', 'a1', 'v1');
  d = add(d, 'az', 'a2', 'v1');
  d = add(d, 'subnet', 's1', 'a1');
  d = add(d, 'subnet', 's2', 'a2');
  d = add(d, 'instance', 'i1', 's1');
  d = add(d, 'instance', 'i2', 's2');
  d = add(d, 'loadBalancer', 'lb', 'v1', { subnetIds: ['s1', 's2'] });
  d = add(d, 'targetGroup', 'tg', 'v1');
  return d;
}
