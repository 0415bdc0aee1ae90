/** Builds the network skeleton: regions, VPCs, AZs, subnets, gateways, route tables, security groups. */
import type { IrResource } from '../ir';
import { bool, str, strs } from '../ir';
import type { BuildContext } from './context';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ZONE = /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/;

/** Region nodes by region code, created on demand (top level). */
export function regionNode(c: BuildContext, code: string | undefined): string {
  const region = code && REGION.test(code) ? code : c.defaultRegion;
  const id = `region-${region}`;
  if (!c.nodeById.has(id)) {
    c.taken.add(id);
    c.addNode({ id, kind: 'region', name: region, region, size: { width: 900, height: 600 } });
  }
  return id;
}

/** The region code of a record: its own, else the one its zone or its VPC's subnets imply. */
export function regionCode(c: BuildContext, r: IrResource | undefined): string {
  if (!r) return c.defaultRegion;
  if (r.region && REGION.test(r.region)) return r.region;
  const zone = str(r.p.zone);
  if (zone && ZONE.test(zone)) return zone.slice(0, -1);
  return c.defaultRegion;
}

function vpcRegion(c: BuildContext, vpc: IrResource, subnets: readonly IrResource[]): string {
  if (vpc.region && REGION.test(vpc.region)) return vpc.region;
  const zone = subnets.map((s) => str(s.p.zone)).find((z) => z && ZONE.test(z));
  return zone ? zone.slice(0, -1) : c.defaultRegion;
}

/** A record that cannot be placed as its kind becomes a generic node (kept, never dropped) with a warning. */
export function asGeneric(c: BuildContext, r: IrResource, parent: string | undefined, why: string): void {
  c.warn(`${r.key} (${r.type}): ${why}; imported as a generic resource.`);
  c.generic.push({ logicalId: r.key, type: r.type });
  c.addNode({ id: c.ids.get(r) ?? c.fresh(r.key), kind: 'generic', name: c.name(r), parent, resourceType: r.type, properties: {}, tags: c.userTags(r) });
}

/** VPCs (in their regions), AZs (one per VPC and zone used by its subnets) and subnets. */
export function buildVpcsAndSubnets(c: BuildContext): void {
  const subnetsOf = new Map<IrResource, IrResource[]>();
  for (const s of c.of('subnet')) {
    const vpc = c.resolve(s.p.vpc, 'vpc');
    if (!vpc) continue;
    const list = subnetsOf.get(vpc) ?? [];
    list.push(s);
    subnetsOf.set(vpc, list);
  }
  for (const v of c.of('vpc')) {
    const region = vpcRegion(c, v, subnetsOf.get(v) ?? []);
    c.addNode({ id: c.ids.get(v)!, kind: 'vpc', name: c.name(v), parent: regionNode(c, region), cidr: str(v.p.cidr) ?? '10.0.0.0/16', enableDnsHostnames: bool(v.p.dnsHostnames), size: { width: 800, height: 500 }, tags: c.userTags(v) });
    const azs = new Map<string, string>();
    for (const s of subnetsOf.get(v) ?? []) {
      let zone = str(s.p.zone);
      if (!zone || !ZONE.test(zone)) {
        c.warn(`${s.key}: availability zone ${zone === undefined ? 'unknown' : `"${zone}" not understood`}; placed in ${region}a.`);
        zone = `${region}a`;
      }
      if (!azs.has(zone)) {
        const id = c.fresh(`${c.ids.get(v)}-${zone}`);
        azs.set(zone, id);
        c.addNode({ id, kind: 'az', name: zone, parent: c.ids.get(v), zone, size: { width: 360, height: 400 } });
      }
      c.addNode({ id: c.ids.get(s)!, kind: 'subnet', name: c.name(s), parent: azs.get(zone), cidr: str(s.p.cidr) ?? '10.0.0.0/24', public: bool(s.p.public) ?? false, size: { width: 300, height: 160 }, tags: c.userTags(s) });
    }
  }
  for (const s of c.of('subnet')) if (!c.nodeById.has(c.ids.get(s)!)) asGeneric(c, s, regionNode(c, regionCode(c, s)), `its VPC ${String(s.p.vpc ?? '(none)')} is not in the import`);
}

/** The VPC node of a record (own `vpc` property, or through its subnets). */
export function vpcOf(c: BuildContext, r: IrResource): string | undefined {
  const direct = c.nodeOf(r.p.vpc, 'vpc');
  if (direct) return direct;
  for (const s of [...strs(r.p.subnets), ...strs(r.p.subnet)]) {
    const sub = c.nodeOf(s, 'subnet');
    let cur = sub ? c.nodeById.get(sub) : undefined;
    while (cur && cur.kind !== 'vpc') cur = cur.parent ? c.nodeById.get(cur.parent) : undefined;
    if (cur) return cur.id;
  }
  return undefined;
}

/** Internet gateways (VPC from their own property or an attachment), NAT gateways (in their subnet). */
export function buildGateways(c: BuildContext): void {
  const attachedTo = new Map<IrResource, unknown>();
  for (const a of c.of('attachment')) {
    const gw = c.resolve(a.p.gateway, 'igw', 'vgw');
    if (gw) attachedTo.set(gw, a.p.vpc);
  }
  for (const g of c.of('igw')) {
    const vpc = c.nodeOf(g.p.vpc ?? attachedTo.get(g), 'vpc');
    if (vpc) c.addNode({ id: c.ids.get(g)!, kind: 'internetGateway', name: c.name(g), parent: vpc, tags: c.userTags(g) });
    else asGeneric(c, g, regionNode(c, regionCode(c, g)), 'it is attached to no VPC of the import');
  }
  for (const n of c.of('nat')) {
    const subnet = c.nodeOf(n.p.subnet, 'subnet');
    if (subnet) c.addNode({ id: c.ids.get(n)!, kind: 'natGateway', name: c.name(n), parent: subnet, connectivity: n.p.connectivity === 'private' ? 'private' : 'public', tags: c.userTags(n) });
    else asGeneric(c, n, regionNode(c, regionCode(c, n)), 'its subnet is not in the import');
  }
  for (const v of c.of('vgw')) attachedTo.set(v, v.p.vpc ?? attachedTo.get(v));
  vgwVpc.set(c, attachedTo);
}

const vgwVpc = new WeakMap<BuildContext, Map<IrResource, unknown>>();
/** The VPC a virtual private gateway is attached to (its reference). */
export function vgwAttachment(c: BuildContext, vgw: IrResource): unknown {
  return vgwVpc.get(c)?.get(vgw);
}
