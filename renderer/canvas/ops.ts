// Canvas gestures turned into store updates: drop a kind, move nodes, connect two nodes (used by the canvas and by tests).
import type { NodeKind } from '../../src/model';
import { indexDesign, kindLabel, newId, planConnection } from '../../src/model';
import type { AppStore } from '../store';
import { planDrop, planMove, type Move } from './moves';
import type { XY } from './geometry';

const PREFIX: Partial<Record<NodeKind, string>> = {
  internetGateway: 'igw', natGateway: 'nat', routeTable: 'rtb', securityGroup: 'sg', loadBalancer: 'lb', targetGroup: 'tg',
  instance: 'i', autoScalingGroup: 'asg', database: 'db', dnsRecord: 'dns', vpcPeering: 'pcx', transitGateway: 'tgw', vpnConnection: 'vpn',
};

/** A fresh id for a node of `kind` (or an edge, kind undefined), unique among nodes and edges. */
export function freshId(store: AppStore, kind?: NodeKind): string {
  const idx = indexDesign(store.getState().design);
  return newId(kind ? PREFIX[kind] ?? kind.toLowerCase() : 'e', { has: (id) => idx.byId.has(id) || idx.edgeById.has(id) });
}

/** Drops a new node of `kind` centred at a canvas point; refusals become a toast. Returns the new id. */
export function dropKind(store: AppStore, kind: NodeKind, at: XY): string | undefined {
  const s = store.getState();
  const plan = planDrop(s.design, kind, at, freshId(store, kind));
  if (!plan.ok) { s.toast('error', plan.reason); return undefined; }
  const r = s.apply(plan.changes, { label: `Add ${kindLabel(kind)}` });
  if (!r.ok) return undefined;
  s.select([plan.id!]);
  return plan.id;
}

/** Commits a move gesture, or refuses it with the reason (the nodes snap back). */
export function moveNodes(store: AppStore, moves: readonly Move[]): boolean {
  const s = store.getState();
  const plan = planMove(s.design, moves);
  if (!plan.ok) { s.toast('error', plan.reason); return false; }
  return s.apply(plan.changes, { label: 'Move' }).ok;
}

/** Connects two nodes as the model decides: an edge, a property (association, route, subnet), or a refusal. */
export function connectNodes(store: AppStore, source: string, target: string): boolean {
  const s = store.getState();
  const plan = planConnection(indexDesign(s.design), source, target);
  if (!plan.ok) { s.toast('error', plan.reason); return false; }
  if (plan.effect === 'property') {
    const r = s.apply([{ type: 'updateNode', id: plan.nodeId, patch: plan.patch }], { label: plan.summary });
    if (r.ok) s.toast('success', plan.summary);
    return r.ok;
  }
  const id = freshId(store);
  const r = s.apply([{ type: 'addEdge', edge: { ...plan.edge, id } as never }], { label: `Connect (${plan.edge.kind})` });
  if (r.ok) s.select([id]);
  return r.ok;
}
