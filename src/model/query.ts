/** Read-side index over a design: lookups by id, children, containment chain, edges by end. */
import type { Design } from './design';
import type { DesignEdge } from './edge';
import type { DesignNode, NodeKind, NodeOf } from './node';

/** A read-only index built once per design value; cheap lookups for rules, layout and UI. */
export interface DesignIndex {
  readonly design: Design;
  readonly byId: ReadonlyMap<string, DesignNode>;
  readonly edgeById: ReadonlyMap<string, DesignEdge>;
  children(id: string | undefined): readonly DesignNode[];
  outgoing(id: string): readonly DesignEdge[];
  incoming(id: string): readonly DesignEdge[];
  ofKind<K extends NodeKind>(kind: K): readonly NodeOf<K>[];
  /** The nearest ancestor (or the node itself) of a kind. */
  ancestor<K extends NodeKind>(id: string, kind: K): NodeOf<K> | undefined;
}

const cache = new WeakMap<Design, DesignIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds (or returns the cached) index of a design. */
export function indexDesign(design: Design): DesignIndex {
  const hit = cache.get(design);
  if (hit) return hit;
  const byId = new Map<string, DesignNode>();
  const kids = new Map<string | undefined, DesignNode[]>();
  const kinds = new Map<NodeKind, DesignNode[]>();
  for (const n of design.nodes) {
    byId.set(n.id, n);
    push(kids, n.parent, n);
    push(kinds, n.kind, n);
  }
  const out = new Map<string, DesignEdge[]>();
  const inc = new Map<string, DesignEdge[]>();
  const edgeById = new Map<string, DesignEdge>();
  for (const e of design.edges) {
    edgeById.set(e.id, e);
    push(out, e.source, e);
    push(inc, e.target, e);
  }
  const index: DesignIndex = {
    design,
    byId,
    edgeById,
    children: (id) => kids.get(id) ?? [],
    outgoing: (id) => out.get(id) ?? [],
    incoming: (id) => inc.get(id) ?? [],
    ofKind: <K extends NodeKind>(kind: K) => (kinds.get(kind) ?? []) as unknown as readonly NodeOf<K>[],
    ancestor: <K extends NodeKind>(id: string, kind: K) => {
      let cur = byId.get(id);
      for (let guard = 0; cur && guard <= byId.size; guard++) {
        if (cur.kind === kind) return cur as NodeOf<K>;
        cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
      }
      return undefined;
    },
  };
  cache.set(design, index);
  return index;
}

/** The AZ name (e.g. "us-east-1a") a node sits in, if it sits in one. */
export function zoneOf(index: DesignIndex, id: string): string | undefined {
  return index.ancestor(id, 'az')?.zone;
}

/** The region code (e.g. "us-east-1") a node sits in, if any. */
export function regionOf(index: DesignIndex, id: string): string | undefined {
  return index.ancestor(id, 'region')?.region;
}

/** All descendants of a node (depth first, excluding the node). */
export function descendants(index: DesignIndex, id: string): DesignNode[] {
  const result: DesignNode[] = [];
  const stack = [...index.children(id)];
  while (stack.length) {
    const n = stack.pop()!;
    result.push(n);
    stack.push(...index.children(n.id));
  }
  return result;
}
