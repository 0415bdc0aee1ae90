/** DesignChange records and the pure function that applies them; every edit (canvas, inspector, import) is one. */
import type { Design } from './design';
import type { DesignEdge } from './edge';
import type { DesignNode } from './node';
import { nodeSchema } from './node';
import { edgeSchema } from './edge';
import { objectivesSchema } from './design';

/** A single edit of a design. `patch` values of `undefined` remove the field. */
export type DesignChange =
  | { readonly type: 'addNode'; readonly node: DesignNode; readonly index?: number }
  | { readonly type: 'removeNode'; readonly id: string }
  | { readonly type: 'updateNode'; readonly id: string; readonly patch: Readonly<Record<string, unknown>> }
  | { readonly type: 'addEdge'; readonly edge: DesignEdge; readonly index?: number }
  | { readonly type: 'removeEdge'; readonly id: string }
  | { readonly type: 'updateEdge'; readonly id: string; readonly patch: Readonly<Record<string, unknown>> }
  | { readonly type: 'updateDesign'; readonly patch: Readonly<Partial<Pick<Design, 'name' | 'description' | 'objectives' | 'availabilityOverrides'>>> };

/** A change that cannot be applied (unknown id, duplicate id, invalid value); the design is left as it was. */
export class DesignChangeError extends Error {}

function patched<T extends object>(obj: T, patch: Readonly<Record<string, unknown>>): T {
  const out: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

function checked<T>(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, value: T, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error!.issues[0]!;
    throw new DesignChangeError(`${what}: ${issue.path.join('.') || 'value'}: ${issue.message}`);
  }
  return value;
}

function applyOne(d: Design, c: DesignChange, ids: Set<string>): Design {
  switch (c.type) {
    case 'addNode': {
      if (ids.has(c.node.id)) throw new DesignChangeError(`addNode: id "${c.node.id}" is already used`);
      checked(nodeSchema, c.node, `addNode ${c.node.id}`);
      ids.add(c.node.id);
      const nodes = [...d.nodes];
      nodes.splice(c.index ?? nodes.length, 0, c.node);
      return { ...d, nodes };
    }
    case 'removeNode': {
      const i = d.nodes.findIndex((n) => n.id === c.id);
      if (i < 0) throw new DesignChangeError(`removeNode: no node "${c.id}"`);
      ids.delete(c.id);
      return { ...d, nodes: d.nodes.filter((_, j) => j !== i) };
    }
    case 'updateNode': {
      const i = d.nodes.findIndex((n) => n.id === c.id);
      if (i < 0) throw new DesignChangeError(`updateNode: no node "${c.id}"`);
      if ('id' in c.patch || 'kind' in c.patch) throw new DesignChangeError('updateNode: id and kind cannot change');
      const node = checked(nodeSchema, patched(d.nodes[i]!, c.patch), `updateNode ${c.id}`);
      const nodes = [...d.nodes];
      nodes[i] = node;
      return { ...d, nodes };
    }
    case 'addEdge': {
      if (ids.has(c.edge.id)) throw new DesignChangeError(`addEdge: id "${c.edge.id}" is already used`);
      checked(edgeSchema, c.edge, `addEdge ${c.edge.id}`);
      for (const end of [c.edge.source, c.edge.target]) {
        if (!ids.has(end) || d.edges.some((e) => e.id === end)) throw new DesignChangeError(`addEdge ${c.edge.id}: no node "${end}"`);
      }
      ids.add(c.edge.id);
      const edges = [...d.edges];
      edges.splice(c.index ?? edges.length, 0, c.edge);
      return { ...d, edges };
    }
    case 'removeEdge': {
      if (!d.edges.some((e) => e.id === c.id)) throw new DesignChangeError(`removeEdge: no edge "${c.id}"`);
      ids.delete(c.id);
      return { ...d, edges: d.edges.filter((e) => e.id !== c.id) };
    }
    case 'updateEdge': {
      const i = d.edges.findIndex((e) => e.id === c.id);
      if (i < 0) throw new DesignChangeError(`updateEdge: no edge "${c.id}"`);
      if ('id' in c.patch || 'kind' in c.patch) throw new DesignChangeError('updateEdge: id and kind cannot change');
      const edge = checked(edgeSchema, patched(d.edges[i]!, c.patch), `updateEdge ${c.id}`);
      const edges = [...d.edges];
      edges[i] = edge;
      return { ...d, edges };
    }
    case 'updateDesign': {
      if (c.patch.objectives) checked(objectivesSchema, c.patch.objectives, 'updateDesign objectives');
      if (c.patch.name !== undefined && c.patch.name.trim() === '') throw new DesignChangeError('updateDesign: name must not be empty');
      return patched(d, c.patch as Record<string, unknown>);
    }
  }
}

/** Applies changes in order and returns the new design; throws DesignChangeError and changes nothing if any is invalid. */
export function applyDesignChanges(design: Design, changes: readonly DesignChange[]): Design {
  const ids = new Set<string>([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  let d = design;
  for (const c of changes) d = applyOne(d, c, ids);
  return d;
}

function previousValues(obj: unknown, patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const rec = obj as Record<string, unknown>;
  return Object.fromEntries(Object.keys(patch).map((k) => [k, rec[k]]));
}

/** The changes that undo `changes` when applied to the design they produce (for undo/redo). */
export function invertChanges(design: Design, changes: readonly DesignChange[]): DesignChange[] {
  const inverse: DesignChange[] = [];
  let d = design;
  for (const c of changes) {
    switch (c.type) {
      case 'addNode': inverse.push({ type: 'removeNode', id: c.node.id }); break;
      case 'removeNode': {
        const index = d.nodes.findIndex((n) => n.id === c.id);
        inverse.push({ type: 'addNode', node: d.nodes[index]!, index });
        break;
      }
      case 'updateNode': inverse.push({ type: 'updateNode', id: c.id, patch: previousValues(d.nodes.find((n) => n.id === c.id)!, c.patch) }); break;
      case 'addEdge': inverse.push({ type: 'removeEdge', id: c.edge.id }); break;
      case 'removeEdge': {
        const index = d.edges.findIndex((e) => e.id === c.id);
        inverse.push({ type: 'addEdge', edge: d.edges[index]!, index });
        break;
      }
      case 'updateEdge': inverse.push({ type: 'updateEdge', id: c.id, patch: previousValues(d.edges.find((e) => e.id === c.id)!, c.patch) }); break;
      case 'updateDesign': inverse.push({ type: 'updateDesign', patch: previousValues(d, c.patch) }); break;
    }
    d = applyDesignChanges(d, [c]);
  }
  return inverse.reverse();
}
