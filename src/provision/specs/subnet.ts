/** Subnet: VPC, CIDR, zone, public IPs on launch. */
import { zoneOf } from '../../model';
import { ref } from '../props';
import { vpcIdOf, type KindSpec } from './spec';

/** Subnet spec. */
export const subnetSpec: KindSpec<'subnet'> = {
  kind: 'subnet',
  desired: (n, index) => ({
    props: { vpc: ref(vpcIdOf(index, n.id) ?? ''), cidr: n.cidr, zone: zoneOf(index, n.id) ?? null, public: n.public },
  }),
  replaceOn: { vpc: 'a subnet cannot move to another VPC', cidr: 'a subnet CIDR change forces replacement', zone: 'a subnet cannot move to another availability zone' },
};
