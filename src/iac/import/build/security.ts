/** Builds security groups (rules from inline lists and separate rule records) and route tables (routes and associations). */
import type { IrResource } from '../ir';
import { num, str, strs } from '../ir';
import type { BuildContext } from './context';
import { asGeneric, regionCode, regionNode, vpcOf } from './network';

type Rule = { direction: 'ingress' | 'egress'; protocol: 'tcp' | 'udp' | 'icmp' | 'all'; fromPort: number; toPort: number; cidr?: string; sourceGroupId?: string; description?: string };

function protocolOf(v: unknown): Rule['protocol'] {
  const p = String(v ?? '-1').toLowerCase();
  return p === 'tcp' || p === '6' ? 'tcp' : p === 'udp' || p === '17' ? 'udp' : p === 'icmp' || p === '1' ? 'icmp' : 'all';
}

function rule(c: BuildContext, raw: Readonly<Record<string, unknown>>, direction: Rule['direction']): Rule {
  const protocol = protocolOf(raw.protocol);
  const peer = c.nodeOf(raw.peer, 'sg');
  const port = (v: unknown, d: number) => Math.max(-1, Math.min(65535, Math.trunc(num(v) ?? d)));
  const out: Rule = { direction, protocol, fromPort: protocol === 'all' ? -1 : port(raw.from, -1), toPort: protocol === 'all' ? -1 : port(raw.to, -1) };
  const cidr = str(raw.cidr);
  if (cidr) out.cidr = cidr;
  if (peer) out.sourceGroupId = peer;
  const description = str(raw.description);
  if (description) out.description = description.slice(0, 255);
  return out;
}

/** Security groups first (so rules can name each other), then their rules. */
export function buildSecurityGroups(c: BuildContext): void {
  for (const g of c.of('sg')) {
    const vpc = vpcOf(c, g);
    if (vpc) c.addNode({ id: c.ids.get(g)!, kind: 'securityGroup', name: c.name(g), parent: vpc, description: (str(g.p.description) ?? '').slice(0, 255), rules: [], tags: c.userTags(g) });
    else asGeneric(c, g, regionNode(c, regionCode(c, g)), 'its VPC is not in the import');
  }
  const rulesOf = new Map<string, Rule[]>();
  const add = (groupRef: unknown, raw: Readonly<Record<string, unknown>>, direction: Rule['direction']) => {
    const id = c.nodeOf(groupRef, 'sg');
    if (!id || c.nodeById.get(id)?.kind !== 'securityGroup') return false;
    const list = rulesOf.get(id) ?? [];
    list.push(rule(c, raw, direction));
    rulesOf.set(id, list);
    return true;
  };
  for (const g of c.of('sg')) {
    for (const r of (g.p.ingress as Record<string, unknown>[] | undefined) ?? []) add(g.key, r, 'ingress');
    for (const r of (g.p.egress as Record<string, unknown>[] | undefined) ?? []) add(g.key, r, 'egress');
  }
  for (const r of c.of('sgRule')) {
    if (!add(r.p.group, r.p, r.p.direction === 'egress' ? 'egress' : 'ingress')) c.warn(`${r.key} (${r.type}): its security group is not in the import; rule skipped.`);
  }
  for (const [id, rules] of rulesOf) {
    const node = c.nodeById.get(id)!;
    const seen = new Set<string>();
    node.rules = rules.filter((r) => !seen.has(JSON.stringify(r)) && !!seen.add(JSON.stringify(r)));
  }
}

const ROUTE_KIND = { igw: 'internetGateway', nat: 'natGateway', peering: 'vpcPeering', tgw: 'transitGateway', vpn: 'vpnConnection' } as const;

function routeTarget(c: BuildContext, ref: unknown): { targetKind: (typeof ROUTE_KIND)[keyof typeof ROUTE_KIND] | 'local'; target?: string } | undefined {
  if (ref === 'local') return { targetKind: 'local' };
  const r = c.resolve(ref);
  if (!r) return undefined;
  if (r.kind === 'vgw') {
    // A route to a virtual private gateway is a route to the VPN connection that terminates on it.
    const vpn = c.of('vpn').find((v) => c.resolve(v.p.vgw) === r);
    return vpn && c.nodeOf(vpn.key, 'vpn') ? { targetKind: 'vpnConnection', target: c.nodeOf(vpn.key, 'vpn') } : undefined;
  }
  const kind = ROUTE_KIND[r.kind as keyof typeof ROUTE_KIND];
  const id = c.nodeOf(r.key);
  return kind && id && c.nodeById.get(id)?.kind === kind ? { targetKind: kind, target: id } : undefined;
}

/** Route tables with their routes (inline and separate) and subnet associations. */
export function buildRouteTables(c: BuildContext): void {
  const routes = new Map<IrResource, { destination: string; target: unknown }[]>();
  const subnets = new Map<IrResource, unknown[]>();
  for (const t of c.of('routeTable')) {
    routes.set(t, [...((t.p.routes as { destination: string; target: unknown }[] | undefined) ?? [])]);
    subnets.set(t, [...strs(t.p.subnets)]);
  }
  for (const r of c.of('route')) {
    const t = c.resolve(r.p.table, 'routeTable');
    if (t) routes.get(t)!.push({ destination: String(r.p.destination ?? ''), target: r.p.target });
    else c.warn(`${r.key} (${r.type}): its route table is not in the import; route skipped.`);
  }
  for (const a of c.of('rtAssoc')) {
    const t = c.resolve(a.p.table, 'routeTable');
    if (t) subnets.get(t)!.push(a.p.subnet);
  }
  for (const t of c.of('routeTable')) {
    const vpc = vpcOf(c, t);
    if (!vpc) {
      asGeneric(c, t, regionNode(c, regionCode(c, t)), 'its VPC is not in the import');
      continue;
    }
    const list: { destination: string; targetKind: string; target?: string }[] = [];
    for (const r of routes.get(t)!) {
      if (!r.destination) continue;
      const target = routeTarget(c, r.target);
      if (!target) {
        c.warn(`${t.key}: route ${r.destination} → ${String(r.target)} has a target outside the import; route skipped.`);
        continue;
      }
      if (!list.some((x) => x.destination === r.destination)) list.push({ destination: r.destination, ...target });
    }
    const ids = [...new Set(subnets.get(t)!.map((s) => c.nodeOf(s, 'subnet')).filter((s): s is string => !!s))];
    c.addNode({ id: c.ids.get(t)!, kind: 'routeTable', name: c.name(t), parent: vpc, routes: list, subnetIds: ids, tags: c.userTags(t) });
  }
}
