/** cidr-invalid: VPC and subnet CIDRs that are not valid, aligned IPv4 blocks of an allowed size. */
import type { NodeOf } from '../../model';
import { parsedCidr } from '../cidr-cache';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('cidr-invalid', 'Invalid CIDR block', 'error',
  'A VPC or subnet CIDR is not a valid, aligned IPv4 block between /16 and /28.',
  ['Amazon VPC user guide: VPC CIDR blocks'],
  'AWS accepts VPC and subnet blocks from /16 to /28 with no host bits set; anything else fails at provisioning time. Use a block such as 10.0.0.0/16 for the VPC and 10.0.1.0/24 for a subnet.');

/** The rule. */
export default defineRule<NodeOf<'vpc'> | NodeOf<'subnet'>>({
  meta: m,
  subjects: (f) => [...f.ofKind('vpc'), ...f.ofKind('subnet')],
  check(_f, n) {
    const c = parsedCidr(n.cidr);
    const what = n.kind === 'vpc' ? 'VPC' : 'subnet';
    if (typeof c === 'string') return [finding(m, [n.id], `The CIDR of ${what} ${label(n)} is invalid: ${c}.`, `Give ${n.id} an aligned IPv4 block between /16 and /28, e.g. ${n.kind === 'vpc' ? '10.0.0.0/16' : '10.0.1.0/24'}.`)];
    if (c.prefix < 16 || c.prefix > 28) return [finding(m, [n.id], `The CIDR ${n.cidr} of ${what} ${label(n)} is /${c.prefix}; AWS accepts /16 to /28.`, `Use a prefix between /16 and /28 for ${n.id}.`)];
    return [];
  },
});
