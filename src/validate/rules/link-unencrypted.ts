/** link-unencrypted: a GRE tunnel between sites without IPsec. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('link-unencrypted', 'Unencrypted tunnel between sites', 'error',
  'A tunnel between sites uses GRE without IPsec, so traffic crosses the network in clear text.',
  ['SEED: GRE or IPsec tunnels between VPCs', 'Well-Architected SEC09-BP02'],
  'GRE encapsulates but does not encrypt: payment and user data crossing it can be read or altered on the way. Use IPsec tunnels (a Site-to-Site VPN), or run GRE inside IPsec.');

/** The rule. */
export default defineRule<NodeOf<'vpnConnection'>>({
  meta: m,
  subjects: (f) => f.ofKind('vpnConnection'),
  check(_f, vpn) {
    const gre = vpn.tunnels.filter((t) => t.protocol === 'gre').length;
    if (!gre) return [];
    return [finding(m, [vpn.id], `${gre} tunnel${gre === 1 ? '' : 's'} of ${label(vpn)}${vpn.siteName ? ` to ${vpn.siteName}` : ''} use${gre === 1 ? 's' : ''} GRE without IPsec: traffic between the sites is not encrypted.`,
      `Set the tunnel protocol of ${vpn.id} to ipsec.`)];
  },
});
