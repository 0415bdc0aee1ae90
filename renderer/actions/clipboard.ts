// Copy and paste as data: the copied set (with descendants and the edges among them) and its paste with fresh ids and remapped references.
import type { Design, DesignChange, DesignEdge, DesignNode } from '../../src/model';
import { canPlace, descendants, indexDesign } from '../../src/model';
import type { ClipboardData } from '../store/types';

/** The selected nodes with all their descendants, and the edges whose both ends are copied. */
export function copySelection(design: Design, ids: Iterable<string>): ClipboardData | null {
  const index = indexDesign(design);
  const picked = new Set<string>();
  for (const id of ids) {
    if (!index.byId.has(id)) continue;
    picked.add(id);
    for (const d of descendants(index, id)) picked.add(d.id);
  }
  if (picked.size === 0) return null;
  const nodes = design.nodes.filter((n) => picked.has(n.id));
  const edges = design.edges.filter((e) => picked.has(e.source) && picked.has(e.target));
  return { nodes, edges, pasteCount: 0 };
}

const REF_LISTS = ['subnetIds', 'securityGroupIds', 'topicIds'] as const;
const REF_ONE = ['resourceId', 'standbySubnetId'] as const;

function remapNode(n: DesignNode, map: ReadonlyMap<string, string>, exists: (id: string) => boolean): DesignNode {
  const ref = (id: string) => map.get(id) ?? (exists(id) ? id : undefined);
  const rec: Record<string, unknown> = { ...(n as unknown as Record<string, unknown>), id: map.get(n.id)! };
  for (const f of REF_LISTS) {
    const list = rec[f];
    if (Array.isArray(list)) rec[f] = list.map((x) => ref(x as string)).filter((x): x is string => x !== undefined);
  }
  for (const f of REF_ONE) {
    if (typeof rec[f] === 'string') {
      const to = ref(rec[f] as string);
      if (to === undefined) delete rec[f];
      else rec[f] = to;
    }
  }
  if (n.kind === 'routeTable') rec.routes = n.routes.filter((r) => r.target === undefined || ref(r.target)).map((r) => (r.target ? { ...r, target: ref(r.target) } : r));
  if (n.kind === 'autoScalingGroup') rec.launch = { ...n.launch, securityGroupIds: n.launch.securityGroupIds.flatMap((x) => ref(x) ?? []) };
  if (n.kind === 'securityGroup') rec.rules = n.rules.map((r) => (r.sourceGroupId && ref(r.sourceGroupId) ? { ...r, sourceGroupId: ref(r.sourceGroupId) } : r.sourceGroupId ? { ...r, sourceGroupId: undefined } : r));
  return rec as unknown as DesignNode;
}

export type PasteResult = { readonly ok: true; readonly changes: DesignChange[]; readonly ids: string[] } | { readonly ok: false; readonly reason: string };

/**
 * The changes that paste the clipboard: fresh ids, references and edges
 * remapped within the copied set (kept when they point outside it and still
 * exist), the copied roots offset so the copy is visible.
 */
export function pasteChanges(design: Design, clip: ClipboardData, freshId: (old: string) => string, offset: number): PasteResult {
  const index = indexDesign(design);
  const map = new Map<string, string>();
  for (const n of clip.nodes) map.set(n.id, freshId(n.id));
  for (const e of clip.edges) map.set(e.id, freshId(e.id));
  const exists = (id: string) => index.byId.has(id);
  const copied = new Set(clip.nodes.map((n) => n.id));
  const changes: DesignChange[] = [];
  for (const n of clip.nodes) {
    let node = remapNode(n, map, exists);
    const isRoot = n.parent === undefined || !copied.has(n.parent);
    if (isRoot) {
      // A root goes back into its original container if that still exists, else to the top level.
      const parent = n.parent !== undefined && exists(n.parent) ? n.parent : undefined;
      const ok = canPlace(index, n.kind, parent, n.kind === 'az' ? n.zone : undefined);
      if (!ok.ok) return { ok: false, reason: ok.reason };
      node = { ...node, parent, position: { x: n.position.x + offset, y: n.position.y + offset } } as DesignNode;
      if (parent === undefined) delete (node as { parent?: string }).parent;
    } else {
      node = { ...node, parent: map.get(n.parent!) } as DesignNode;
    }
    changes.push({ type: 'addNode', node });
  }
  for (const e of clip.edges) {
    changes.push({ type: 'addEdge', edge: { ...e, id: map.get(e.id)!, source: map.get(e.source)!, target: map.get(e.target)! } as DesignEdge });
  }
  return { ok: true, changes, ids: clip.nodes.filter((n) => n.parent === undefined || !copied.has(n.parent)).map((n) => map.get(n.id)!) };
}
