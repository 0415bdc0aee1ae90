/** Site-to-site VPN: customer gateway + a VPC's virtual private gateway or a transit gateway (link edges). */
import { ref } from '../props';
import type { PropValue } from '../types';
import { linked, type KindSpec } from './spec';

/** VPN connection spec; every property is fixed at creation. */
export const vpnConnectionSpec: KindSpec<'vpnConnection'> = {
  kind: 'vpnConnection',
  desired: (n, index) => {
    const tgw = linked(index, n.id, 'link', 'both', ['transitGateway'])[0];
    const vpc = linked(index, n.id, 'link', 'both', ['vpc'])[0];
    return {
      props: {
        customerGatewayIp: n.customerGatewayIp,
        customerGatewayAsn: n.customerGatewayAsn,
        staticRoutesOnly: n.staticRoutesOnly,
        gateway: (tgw ? { transitGateway: ref(tgw) } : vpc ? { vpc: ref(vpc) } : null) as PropValue,
      },
      hints: { insideCidrs: n.tunnels.map((t) => t.insideCidr ?? null), siteName: n.siteName },
    };
  },
  replaceOn: {
    customerGatewayIp: 'the customer gateway address is fixed at creation',
    customerGatewayAsn: 'the customer gateway ASN is fixed at creation',
    staticRoutesOnly: 'static/BGP routing is fixed at creation',
    gateway: 'a VPN connection cannot move to another gateway',
  },
};
