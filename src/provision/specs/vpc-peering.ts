/** VPC peering: the two VPCs of its link edges (requester first), possibly in two regions. */
import { regionOf } from '../../model';
import { ref } from '../props';
import { linked, type KindSpec } from './spec';

/** VPC peering spec. */
export const vpcPeeringSpec: KindSpec<'vpcPeering'> = {
  kind: 'vpcPeering',
  desired: (n, index) => {
    const vpcs = linked(index, n.id, 'link', 'both', ['vpc']);
    return {
      props: { vpcs: vpcs.map(ref) },
      hints: { requester: vpcs[0] ?? null, accepter: vpcs[1] ?? null, accepterRegion: vpcs[1] ? (regionOf(index, vpcs[1]) ?? null) : null },
    };
  },
  replaceOn: { vpcs: 'a peering connection cannot change its VPCs' },
};
