/** VPC peering: the two VPCs of its link edges (requester first), possibly in two regions. */
import { regionOf } from '../../model';
import { ref } from '../props';
import { linked, type KindSpec } from './spec';

/** VPC peering spec. */
export const vpcPeeringSpec: KindSpec<'vpcPeering'> = {
  kind: 'vpcPeering',
  desired: (n, index) => {
    // The requester is the VPC in the peering's own region (the request is made there); the other side accepts.
    const home = regionOf(index, n.id);
    const vpcs = linked(index, n.id, 'link', 'both', ['vpc']).sort((a, b) => Number(regionOf(index, b) === home) - Number(regionOf(index, a) === home));
    return {
      props: { vpcs: vpcs.map(ref) },
      hints: { requester: vpcs[0] ?? null, accepter: vpcs[1] ?? null, accepterRegion: vpcs[1] ? (regionOf(index, vpcs[1]) ?? null) : null },
    };
  },
  replaceOn: { vpcs: 'a peering connection cannot change its VPCs' },
};
