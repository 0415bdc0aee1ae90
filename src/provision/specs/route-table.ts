/** Route table: routes (to gateways, peerings, transit gateways, VPNs) and subnet associations. */
import { ref } from '../props';
import { vpcIdOf, type KindSpec } from './spec';

/** Route table spec; the implicit local route is not compared. */
export const routeTableSpec: KindSpec<'routeTable'> = {
  kind: 'routeTable',
  desired: (n, index) => ({
    props: {
      vpc: ref(vpcIdOf(index, n.id) ?? ''),
      routes: n.routes.filter((r) => r.targetKind !== 'local').map((r) => ({ destination: r.destination, target: r.target ? ref(r.target) : null })),
      subnets: n.subnetIds.map(ref),
    },
  }),
  replaceOn: { vpc: 'a route table cannot move to another VPC' },
};
