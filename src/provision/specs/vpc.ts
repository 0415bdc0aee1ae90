/** VPC: CIDR and DNS hostnames. */
import type { KindSpec } from './spec';

/** VPC spec. */
export const vpcSpec: KindSpec<'vpc'> = {
  kind: 'vpc',
  desired: (n) => ({ props: { cidr: n.cidr, enableDnsHostnames: n.enableDnsHostnames ?? false } }),
  replaceOn: { cidr: 'the primary CIDR of a VPC cannot change' },
};
