/** NAT gateway: subnet and connectivity (public ones get an Elastic IP). */
import { ref } from '../props';
import type { KindSpec } from './spec';

/** NAT gateway spec. */
export const natGatewaySpec: KindSpec<'natGateway'> = {
  kind: 'natGateway',
  desired: (n, index) => ({ props: { subnet: ref(index.ancestor(n.id, 'subnet')?.id ?? ''), connectivity: n.connectivity } }),
  replaceOn: { subnet: 'a NAT gateway cannot move to another subnet', connectivity: 'public/private connectivity is fixed at creation' },
};
