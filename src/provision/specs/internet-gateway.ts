/** Internet gateway: the VPC it is attached to. */
import { ref } from '../props';
import { vpcIdOf, type KindSpec } from './spec';

/** Internet gateway spec (re-attaching is an in-place update). */
export const internetGatewaySpec: KindSpec<'internetGateway'> = {
  kind: 'internetGateway',
  desired: (n, index) => ({ props: { vpc: ref(vpcIdOf(index, n.id) ?? '') } }),
  replaceOn: {},
};
