/** vpn-single-tunnel: a VPN connection with fewer than two tunnels. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('vpn-single-tunnel', 'VPN connection with a single tunnel', 'error',
  'A Site-to-Site VPN connection has fewer than two tunnels.',
  ['Security Hub EC2.20', 'Trusted Advisor: VPN Tunnel Redundancy'],
  'AWS terminates the two tunnels of a VPN connection on different endpoints so that maintenance or a failure of one keeps the other up. With one tunnel, the site is one failure (or one AWS maintenance) away from being cut off. Configure both tunnels on the customer gateway.');

/** The rule. */
export default defineRule<NodeOf<'vpnConnection'>>({
  meta: m,
  subjects: (f) => f.ofKind('vpnConnection'),
  check(_f, vpn) {
    if (vpn.tunnels.length >= 2) return [];
    return [finding(m, [vpn.id], `VPN connection ${label(vpn)} has ${vpn.tunnels.length} tunnel${vpn.tunnels.length === 1 ? '' : 's'}: one endpoint failure or maintenance cuts the site off.`,
      `Configure two tunnels on ${vpn.id} (both endpoints) with dynamic routing so traffic moves automatically.`)];
  },
});
