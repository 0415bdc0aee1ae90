/** Auto scaling group: sizes, subnets, health check, attached target groups (TG → ASG edges), launch template settings. */
import { ref } from '../props';
import { linked, type KindSpec } from './spec';

/** Auto scaling group spec (the launch template is part of the group). */
export const autoScalingGroupSpec: KindSpec<'autoScalingGroup'> = {
  kind: 'autoScalingGroup',
  desired: (n, index) => ({
    props: {
      minSize: n.minSize,
      maxSize: n.maxSize,
      desiredCapacity: n.desiredCapacity,
      subnets: n.subnetIds.map(ref),
      healthCheckType: n.healthCheckType,
      healthCheckGracePeriod: n.healthCheckGracePeriod,
      targetGroups: linked(index, n.id, 'traffic', 'in', ['targetGroup']).map(ref),
      launch: {
        instanceType: n.launch.instanceType,
        ...(n.launch.imageId ? { imageId: n.launch.imageId } : {}),
        securityGroups: n.launch.securityGroupIds.map(ref),
      },
    },
  }),
  replaceOn: {},
};
