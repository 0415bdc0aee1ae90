/** Connection rules: what a drag from one node to another means (an edge of some kind, or a property), or why it means nothing. */
import type { EdgeDraft } from './edge';
import type { DesignNode } from './node';
import { aKind } from './placement';
import type { DesignIndex } from './query';

/** What connecting two nodes does: add an edge, or set a property of the source. */
export type ConnectPlan =
  | { readonly ok: true; readonly effect: 'edge'; readonly edge: EdgeDraft }
  | { readonly ok: true; readonly effect: 'property'; readonly nodeId: string; readonly patch: Readonly<Record<string, unknown>>; readonly summary: string }
  | { readonly ok: false; readonly reason: string };

const APP_KINDS = new Set(['instance', 'autoScalingGroup']);

function sameVpc(index: DesignIndex, a: DesignNode, b: DesignNode): boolean {
  const va = index.ancestor(a.id, 'vpc')?.id;
  return va !== undefined && va === index.ancestor(b.id, 'vpc')?.id;
}

function addTo(list: readonly string[], id: string): string[] {
  return list.includes(id) ? [...list] : [...list, id];
}

function refuse(s: DesignNode, t: DesignNode, hint: string): ConnectPlan {
  return { ok: false, reason: `${aKind(s.kind).replace(/^a/, 'A')} cannot connect to ${aKind(t.kind)}: ${hint}` };
}

/** Decides what a connection from `sourceId` to `targetId` means. */
export function planConnection(index: DesignIndex, sourceId: string, targetId: string): ConnectPlan {
  const s = index.byId.get(sourceId);
  const t = index.byId.get(targetId);
  if (!s || !t) return { ok: false, reason: 'Both ends of a connection must be nodes of the design.' };
  if (s.id === t.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  const edge = (e: EdgeDraft extends infer E ? (E extends EdgeDraft ? Omit<E, 'source' | 'target'> : never) : never): ConnectPlan => {
    const dup = index.outgoing(s.id).some((x) => x.target === t.id && x.kind === e.kind);
    return dup ? { ok: false, reason: `These are already connected (${e.kind}).` } : { ok: true, effect: 'edge', edge: { ...e, source: s.id, target: t.id } as EdgeDraft };
  };
  switch (s.kind) {
    case 'dnsRecord':
      if (t.kind === 'loadBalancer' || t.kind === 'instance' || t.kind === 'dnsRecord') {
        const role = s.routing === 'failover' ? (index.outgoing(s.id).some((e) => e.kind === 'traffic' && e.dns?.failoverRole === 'primary') ? 'secondary' : 'primary') : undefined;
        const region = s.routing === 'latency' ? index.ancestor(t.id, 'region')?.region : undefined;
        return edge({ kind: 'traffic', dns: { ...(role ? { failoverRole: role } : {}), ...(region ? { region } : {}) } });
      }
      return refuse(s, t, 'a DNS record points at load balancers or instances.');
    case 'loadBalancer':
      if (t.kind === 'targetGroup') {
        if (!sameVpc(index, s, t)) return refuse(s, t, 'the target group must be in the same VPC.');
        const port = index.outgoing(s.id).filter((e) => e.kind === 'traffic').length === 0 ? 80 : 8080 + index.outgoing(s.id).length;
        return edge({ kind: 'traffic', listener: { protocol: s.type === 'application' ? 'HTTP' : 'TCP', port } });
      }
      if (t.kind === 'subnet') {
        if (!sameVpc(index, s, t)) return refuse(s, t, 'a load balancer can only use subnets of its own VPC.');
        return { ok: true, effect: 'property', nodeId: s.id, patch: { subnetIds: addTo(s.subnetIds, t.id) }, summary: `Enabled ${s.name} in ${t.name}` };
      }
      return refuse(s, t, 'connect it to a target group (traffic) or a subnet (where it runs).');
    case 'targetGroup':
      if (APP_KINDS.has(t.kind)) {
        if (!sameVpc(index, s, t)) return refuse(s, t, 'targets must be in the target group\'s VPC.');
        return edge({ kind: 'traffic' });
      }
      return refuse(s, t, 'a target group sends traffic to instances or auto scaling groups.');
    case 'instance':
    case 'autoScalingGroup':
      if (t.kind === 'database') return edge({ kind: 'dependency', endpoint: t.role === 'replica' ? 'reader' : 'writer' });
      if (t.kind === 'loadBalancer' || t.kind === 'instance' || t.kind === 'autoScalingGroup') return edge({ kind: 'dependency' });
      if (s.kind === 'autoScalingGroup' && t.kind === 'subnet') {
        if (!sameVpc(index, s, t)) return refuse(s, t, 'an auto scaling group can only launch into subnets of its own VPC.');
        return { ok: true, effect: 'property', nodeId: s.id, patch: { subnetIds: addTo(s.subnetIds, t.id) }, summary: `${s.name} launches into ${t.name}` };
      }
      return refuse(s, t, 'an app depends on databases or other services.');
    case 'database':
      if (t.kind === 'database') {
        if (s.role !== 'primary') return refuse(s, t, 'replicate from the primary.');
        if (index.incoming(t.id).some((e) => e.kind === 'replication')) return refuse(s, t, `${t.name} already replicates from a primary.`);
        return edge({ kind: 'replication', mode: 'async' });
      }
      return refuse(s, t, 'a database replicates to another database.');
    case 'vpc':
    case 'transitGateway':
    case 'vpnConnection':
    case 'vpcPeering': {
      const linkable = new Set(['vpc', 'transitGateway', 'vpnConnection', 'vpcPeering']);
      if (!linkable.has(t.kind) || (s.kind === 'vpc' && t.kind === 'vpc')) return refuse(s, t, 'link VPCs through a peering, a transit gateway or a VPN connection.');
      return edge({ kind: 'link' });
    }
    case 'routeTable':
      if (t.kind === 'subnet') {
        if (!sameVpc(index, s, t)) return refuse(s, t, 'a route table serves subnets of its own VPC.');
        return { ok: true, effect: 'property', nodeId: s.id, patch: { subnetIds: addTo(s.subnetIds, t.id) }, summary: `Associated ${t.name} with ${s.name}` };
      }
      if (t.kind === 'internetGateway' || t.kind === 'natGateway' || t.kind === 'vpcPeering' || t.kind === 'transitGateway' || t.kind === 'vpnConnection') {
        const route = { destination: '0.0.0.0/0', targetKind: t.kind, target: t.id };
        return { ok: true, effect: 'property', nodeId: s.id, patch: { routes: [...s.routes.filter((r) => r.target !== t.id), route] }, summary: `Route 0.0.0.0/0 → ${t.name}` };
      }
      return refuse(s, t, 'a route table associates subnets and routes to gateways.');
    case 'alarm':
      if (t.kind === 'topic') return { ok: true, effect: 'property', nodeId: s.id, patch: { topicIds: addTo(s.topicIds, t.id) }, summary: `${s.name} notifies ${t.name}` };
      return { ok: true, effect: 'property', nodeId: s.id, patch: { resourceId: t.id }, summary: `${s.name} watches ${t.name}` };
    default:
      return refuse(s, t, 'it has no connections.');
  }
}
