/** The pure side of a resource kind: its desired properties and what forces replacement. */
import type { DesignIndex, NodeKind, NodeOf } from '../../model';
import type { PropValue, Props } from '../types';

/** The comparable view of one node. */
export interface DesiredView {
  readonly props: Props;
  readonly hints?: { readonly [key: string]: PropValue };
}

/** The pure description of how a kind maps to AWS. */
export interface KindSpec<K extends NodeKind = NodeKind> {
  readonly kind: K;
  /** Comparable properties (references as `{ ref }`), built from the node and the design. */
  desired(node: NodeOf<K>, index: DesignIndex): DesiredView;
  /** Property → why changing it forces a replacement (a new resource). */
  readonly replaceOn: Readonly<Record<string, string>>;
  /** Narrows discovered properties to what the design owns (e.g. targets that are nodes of the design). */
  actualView?(props: Props): Props;
}

/** A kind HA Architect plans but cannot provision, with the plan message. */
export interface UnsupportedSpec<K extends NodeKind = NodeKind> {
  readonly kind: K;
  unsupported(node: NodeOf<K>): string;
}

/** The VPC (node id) a node sits in. */
export function vpcIdOf(index: DesignIndex, id: string): string | undefined {
  return index.ancestor(id, 'vpc')?.id;
}

/** Node ids at the other end of this node's edges of a kind, optionally only those of some node kinds. */
export function linked(index: DesignIndex, id: string, edgeKind: string, dir: 'out' | 'in' | 'both', kinds?: readonly NodeKind[]): string[] {
  const ids: string[] = [];
  if (dir !== 'in') for (const e of index.outgoing(id)) if (e.kind === edgeKind) ids.push(e.target);
  if (dir !== 'out') for (const e of index.incoming(id)) if (e.kind === edgeKind) ids.push(e.source);
  return kinds ? ids.filter((n) => { const k = index.byId.get(n)?.kind; return k !== undefined && kinds.includes(k); }) : ids;
}
