/** nat-cross-az: private subnets routing through a NAT gateway in another AZ. */
import type { NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';

const m = meta('nat-cross-az', 'Subnet routes through a NAT gateway in another AZ', 'error',
  'A subnet\'s default route goes to a NAT gateway in a different AZ (including one NAT gateway serving several AZs).',
  ['Trusted Advisor: NAT Gateway AZ Independence', 'AWS VPC user guide: NAT gateway basics'],
  'A NAT gateway is redundant only inside its own AZ. If that AZ fails, every subnet of other AZs routed through it loses outbound access — the AZs are no longer independent. Create a NAT gateway in each AZ and give each AZ\'s private subnets a route table that uses its own NAT.');

/** The rule. */
export default defineRule<NodeOf<'routeTable'>>({
  meta: m,
  subjects: (f) => f.ofKind('routeTable'),
  check(f, rt) {
    const out = [];
    for (const r of rt.routes) {
      if (r.targetKind !== 'natGateway' || r.target === undefined) continue;
      const natZone = f.zone(r.target);
      const nat = f.node(r.target);
      const far = rt.subnetIds.filter((s) => f.zone(s) !== undefined && f.zone(s) !== natZone);
      if (!far.length || natZone === undefined) continue;
      const zones = [...new Set(far.map((s) => f.zone(s)))].join(', ');
      out.push(finding(m, [r.target, ...far, rt.id], `Subnets ${far.join(', ')} (${zones}) reach the internet through NAT gateway ${label(nat)} in ${natZone}: if ${natZone} fails they lose outbound access.`,
        `Create a NAT gateway in a public subnet of ${zones} and give ${far.join(', ')} a route table whose 0.0.0.0/0 route targets it.`));
    }
    return out;
  },
});
