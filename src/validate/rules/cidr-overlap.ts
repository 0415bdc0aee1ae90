/** cidr-overlap: subnets outside their VPC, overlapping subnets, and overlapping CIDRs of linked VPCs. */
import { cidrContains, cidrOverlaps, type Cidr, type NodeOf } from '../../model';
import { parsedCidr } from '../cidr-cache';
import type { Facts } from '../facts';
import { defineRule, finding, label, meta } from '../rule';
import type { Finding } from '../types';

const m = meta('cidr-overlap', 'CIDR outside its VPC or overlapping', 'error',
  'A subnet lies outside its VPC\'s CIDR, two subnets of a VPC overlap, or two VPCs linked by peering, transit gateway or VPN overlap.',
  ['Amazon VPC user guide: subnet CIDR blocks', 'Amazon VPC peering: overlapping CIDRs not supported'],
  'Subnets must be inside their VPC and must not overlap; linked VPCs must not overlap either, or routes between them are ambiguous and peering is refused. Renumber one side.');

type Hub = NodeOf<'vpc'> | NodeOf<'vpcPeering'> | NodeOf<'transitGateway'> | NodeOf<'vpnConnection'>;

function subnetsOf(f: Facts, vpcId: string): NodeOf<'subnet'>[] {
  return f.children(vpcId).flatMap((az) => (az.kind === 'az' ? f.children(az.id).filter((s): s is NodeOf<'subnet'> => s.kind === 'subnet') : []));
}

function sortedOverlaps<T>(items: { c: Cidr; v: T }[]): [T, T][] {
  items.sort((a, b) => a.c.base - b.c.base || a.c.prefix - b.c.prefix);
  const out: [T, T][] = [];
  let widest: { c: Cidr; v: T } | undefined;
  for (const it of items) {
    if (widest && cidrOverlaps(widest.c, it.c)) out.push([widest.v, it.v]);
    if (!widest || it.c.base + 2 ** (32 - it.c.prefix) > widest.c.base + 2 ** (32 - widest.c.prefix)) widest = it;
  }
  return out;
}

/** The rule. */
export default defineRule<Hub>({
  meta: m,
  subjects: (f) => [...f.ofKind('vpc'), ...f.ofKind('vpcPeering'), ...f.ofKind('transitGateway'), ...f.ofKind('vpnConnection')],
  check(f, hub) {
    const out: Finding[] = [];
    if (hub.kind === 'vpc') {
      const vc = parsedCidr(hub.cidr);
      const subs: { c: Cidr; v: NodeOf<'subnet'> }[] = [];
      for (const s of subnetsOf(f, hub.id)) {
        const sc = parsedCidr(s.cidr);
        if (typeof sc === 'string') continue;
        if (typeof vc !== 'string' && !cidrContains(vc, sc)) out.push(finding(m, [s.id, hub.id], `Subnet ${label(s)} (${s.cidr}) is outside its VPC ${label(hub)} (${hub.cidr}).`, `Give ${s.id} a block inside ${hub.cidr}.`));
        else subs.push({ c: sc, v: s });
      }
      for (const [a, b] of sortedOverlaps(subs)) out.push(finding(m, [a.id, b.id], `Subnets ${label(a)} (${a.cidr}) and ${label(b)} (${b.cidr}) overlap.`, `Renumber ${b.id} to a free block of ${hub.cidr}.`));
      return out;
    }
    const vpcs = [...f.out(hub.id), ...f.inc(hub.id)].filter((e) => e.kind === 'link').map((e) => f.node(e.source === hub.id ? e.target : e.source)).filter((n): n is NodeOf<'vpc'> => n?.kind === 'vpc');
    const items = vpcs.flatMap((v) => { const c = parsedCidr(v.cidr); return typeof c === 'string' ? [] : [{ c, v }]; });
    for (const [a, b] of sortedOverlaps(items)) out.push(finding(m, [a.id, b.id, hub.id], `VPCs ${label(a)} (${a.cidr}) and ${label(b)} (${b.cidr}) are linked through ${label(hub)} but their CIDRs overlap: routes between them are ambiguous.`, `Renumber one of ${a.id}, ${b.id} to a non-overlapping block.`));
    return out;
  },
});
