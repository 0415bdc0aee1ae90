/** State of one import build: lookups over the records, node ids, regions, the nodes and edges made so far, warnings. */
import type { DesignEdge, DesignNode, EdgeDraft } from '../../../model';
import { NODE_TAG } from '../../tags';
import type { IrKind, IrResource } from '../ir';
import { str } from '../ir';

/** Kinds of records that become a node of their own (the rest fold into one). */
export const NODE_RECORDS: ReadonlySet<IrKind> = new Set<IrKind>(['vpc', 'subnet', 'igw', 'nat', 'routeTable', 'sg', 'lb', 'tg', 'instance', 'asg', 'db', 'peering', 'tgw', 'vpn', 'alarm', 'topic', 'generic']);

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

type Draft = { -readonly [K in keyof DesignNode]: DesignNode[K] } & Record<string, unknown>;

/** Shared state of one build. */
export class BuildContext {
  readonly byRef = new Map<string, IrResource[]>();
  readonly byKind = new Map<IrKind, IrResource[]>();
  readonly ids = new Map<IrResource, string>();
  readonly taken = new Set<string>();
  readonly nodes: Draft[] = [];
  readonly nodeById = new Map<string, Draft>();
  readonly edges: DesignEdge[] = [];
  readonly warnings: string[] = [];
  /** Records kept as generic nodes, for the report. */
  readonly generic: { logicalId: string; type: string }[] = [];
  private readonly edgeKeys = new Set<string>();

  constructor(readonly resources: readonly IrResource[], readonly defaultRegion: string) {
    for (const r of resources) {
      this.byRef.set(r.key, [r]);
      const list = this.byKind.get(r.kind) ?? [];
      list.push(r);
      this.byKind.set(r.kind, list);
    }
    // Physical ids second: a logical id always wins over an id that happens to look the same.
    for (const r of resources) for (const id of r.ids) {
      if (!id) continue;
      const list = this.byRef.get(id);
      if (!list) this.byRef.set(id, [r]);
      else if (list[0]!.key !== id && !list.includes(r)) list.push(r);
    }
    const nodeRecords = resources.filter((r) => NODE_RECORDS.has(r.kind));
    for (const r of nodeRecords) {
      const tagged = r.tags[NODE_TAG];
      if (tagged && ID.test(tagged) && !this.taken.has(tagged)) this.claim(r, tagged);
    }
    for (const r of nodeRecords) if (!this.ids.has(r)) this.claim(r, this.fresh(r.key));
  }

  private claim(r: IrResource, id: string): void {
    this.ids.set(r, id);
    this.taken.add(id);
  }

  /** An unused node id derived from `text`. */
  fresh(text: string): string {
    const base = text.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 120) || 'node';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }

  /** Records of one kind, in source order. */
  of(kind: IrKind): readonly IrResource[] {
    return this.byKind.get(kind) ?? [];
  }

  /** The record a reference points at (by key or physical id), optionally of given kinds. */
  resolve(ref: unknown, ...kinds: IrKind[]): IrResource | undefined {
    if (typeof ref !== 'string') return undefined;
    const list = this.byRef.get(ref);
    return list?.find((r) => kinds.length === 0 || kinds.includes(r.kind));
  }

  /** The node id of a record that became a node (undefined when it did not, e.g. it was dropped). */
  nodeOf(ref: unknown, ...kinds: IrKind[]): string | undefined {
    const r = this.resolve(ref, ...kinds);
    const id = r ? this.ids.get(r) : undefined;
    return id && this.nodeById.has(id) ? id : undefined;
  }

  /** The display name of a record: its Name tag, else its key. */
  name(r: IrResource): string {
    return (str(r.tags.Name)?.trim() || r.key.trim() || this.ids.get(r) || r.type || 'resource').slice(0, 255);
  }

  /** User tags of a record (the HA Architect and Name tags are structure, not user tags). */
  userTags(r: IrResource): Record<string, string> | undefined {
    const entries = Object.entries(r.tags).filter(([k]) => k !== 'Name' && !k.startsWith('ha-architect:') && !k.startsWith('aws:') && k.length <= 128).map(([k, v]) => [k, String(v).slice(0, 256)] as const);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }

  /** Adds a node (position is set by the layout later). */
  addNode(node: Record<string, unknown>): void {
    const draft = { position: { x: 0, y: 0 }, ...node } as Draft;
    if (draft.parent === undefined) delete draft.parent;
    this.nodes.push(draft);
    this.nodeById.set(draft.id, draft);
  }

  /** Adds an edge unless the same (kind, source, target) exists already. */
  addEdge(edge: EdgeDraft): void {
    const key = `${edge.kind}\u0000${edge.source}\u0000${edge.target}`;
    if (this.edgeKeys.has(key) || edge.source === edge.target) return;
    this.edgeKeys.add(key);
    const id = this.fresh(`${edge.kind}-${edge.source}-${edge.target}`.slice(0, 100));
    this.edges.push({ ...edge, id } as DesignEdge);
  }

  /** Records a problem the user should know about. */
  warn(message: string): void {
    this.warnings.push(message);
  }
}
