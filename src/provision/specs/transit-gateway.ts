/** Transit gateway and its VPC attachments (link edges), each in one subnet per AZ of the VPC. */
import { type DesignIndex, isSubnet, zoneOf } from '../../model';
import { descendants } from '../../model';
import { ref } from '../props';
import { linked, type KindSpec } from './spec';

/** One subnet per availability zone of a VPC (private ones preferred), for a TGW attachment. */
export function attachmentSubnets(index: DesignIndex, vpcId: string): string[] {
  const byZone = new Map<string, { id: string; public: boolean }>();
  const subnets = descendants(index, vpcId).filter(isSubnet).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const s of subnets) {
    const zone = zoneOf(index, s.id) ?? '';
    const cur = byZone.get(zone);
    if (!cur || (cur.public && !s.public)) byZone.set(zone, { id: s.id, public: s.public });
  }
  return [...byZone.values()].map((v) => v.id);
}

/** Transit gateway spec. */
export const transitGatewaySpec: KindSpec<'transitGateway'> = {
  kind: 'transitGateway',
  desired: (n, index) => ({
    props: {
      amazonSideAsn: n.amazonSideAsn,
      attachments: linked(index, n.id, 'link', 'both', ['vpc']).map((v) => ({ vpc: ref(v), subnets: attachmentSubnets(index, v).map(ref) })),
    },
  }),
  replaceOn: { amazonSideAsn: 'the Amazon-side ASN of a transit gateway is fixed at creation' },
};
