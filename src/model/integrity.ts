/** Referential integrity of a design: unique ids, references that resolve, parents that form a tree. */
import type { Design } from './design';

/** A problem found by the integrity check, with the JSON path of the offending field. */
export interface IntegrityProblem {
  readonly path: string;
  readonly message: string;
}

const REF_LIST_FIELDS = ['subnetIds', 'securityGroupIds', 'topicIds'] as const;

/** Returns the first integrity problem of a design, or undefined when it holds together. */
export function checkIntegrity(design: Design): IntegrityProblem | undefined {
  const ids = new Map<string, string>();
  for (const [i, n] of design.nodes.entries()) {
    if (ids.has(n.id)) return { path: `$.nodes[${i}].id`, message: `duplicate id "${n.id}" (also used at ${ids.get(n.id)})` };
    ids.set(n.id, `$.nodes[${i}]`);
  }
  const nodeIds = new Set(ids.keys());
  for (const [i, e] of design.edges.entries()) {
    if (ids.has(e.id)) return { path: `$.edges[${i}].id`, message: `duplicate id "${e.id}" (also used at ${ids.get(e.id)})` };
    ids.set(e.id, `$.edges[${i}]`);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(e[end])) return { path: `$.edges[${i}].${end}`, message: `no node with id "${e[end]}"` };
    }
  }
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  for (const [i, n] of design.nodes.entries()) {
    if (n.parent !== undefined && !byId.has(n.parent)) return { path: `$.nodes[${i}].parent`, message: `no node with id "${n.parent}"` };
    const record = n as unknown as Record<string, unknown>;
    for (const field of REF_LIST_FIELDS) {
      const list = record[field];
      if (!Array.isArray(list)) continue;
      const bad = list.findIndex((ref) => !byId.has(ref as string));
      if (bad >= 0) return { path: `$.nodes[${i}].${field}[${bad}]`, message: `no node with id "${String(list[bad])}"` };
    }
    for (const field of ['resourceId', 'standbySubnetId'] as const) {
      const ref = record[field];
      if (typeof ref === 'string' && !byId.has(ref)) return { path: `$.nodes[${i}].${field}`, message: `no node with id "${ref}"` };
    }
    if (n.kind === 'routeTable') {
      const bad = n.routes.findIndex((r) => r.target !== undefined && !byId.has(r.target));
      if (bad >= 0) return { path: `$.nodes[${i}].routes[${bad}].target`, message: `no node with id "${n.routes[bad]!.target}"` };
    }
    // Walk up: a parent chain longer than the node count is a cycle.
    let cur = n.parent;
    for (let steps = 0; cur !== undefined; steps++) {
      if (steps > design.nodes.length) return { path: `$.nodes[${i}].parent`, message: `parent chain of "${n.id}" forms a cycle` };
      cur = byId.get(cur)?.parent;
    }
  }
  return undefined;
}
