/** Instance: subnet, type, image, security groups. */
import { zoneOf } from '../../model';
import { ref } from '../props';
import type { KindSpec } from './spec';

/** Instance spec; without an image id the target's default image is used and not compared. */
export const instanceSpec: KindSpec<'instance'> = {
  kind: 'instance',
  desired: (n, index) => ({
    props: {
      subnet: ref(index.ancestor(n.id, 'subnet')?.id ?? ''),
      instanceType: n.instanceType,
      ...(n.imageId ? { imageId: n.imageId } : {}),
      // Without groups AWS puts the instance in the VPC's default group: "don't care", not a difference.
      ...(n.securityGroupIds.length ? { securityGroups: n.securityGroupIds.map(ref) } : {}),
    },
    hints: { zone: zoneOf(index, n.id) ?? null, role: n.role },
  }),
  replaceOn: {
    subnet: 'an instance cannot move to another subnet',
    imageId: 'an instance cannot change its image',
    instanceType: 'changing the instance type needs a stop; the instance is replaced',
  },
};
