/** Compute and traffic kinds: load balancer, target group, instance, auto scaling group. */
import { z } from 'zod';
import { idSchema, nodeBase } from '../common';

/** A target group health check; `null` on the target group means "none configured". */
export const healthCheckSchema = z.object({
  protocol: z.enum(['HTTP', 'HTTPS', 'TCP']),
  path: z.string().optional(),
  port: z.union([z.literal('traffic-port'), z.number().int().min(1).max(65535)]).default('traffic-port'),
  intervalSeconds: z.number().int().min(5).max(300).default(30),
  timeoutSeconds: z.number().int().min(2).max(120).default(5),
  healthyThreshold: z.number().int().min(2).max(10).default(5),
  unhealthyThreshold: z.number().int().min(2).max(10).default(2),
});

/** An application (L7) or network (L4) load balancer in its parent VPC, enabled in `subnetIds`. */
export const loadBalancerSchema = z.object({
  ...nodeBase,
  kind: z.literal('loadBalancer'),
  type: z.enum(['application', 'network']),
  scheme: z.enum(['internet-facing', 'internal']),
  subnetIds: z.array(idSchema),
  securityGroupIds: z.array(idSchema).default([]),
  crossZone: z.boolean(),
  preserveClientIp: z.boolean().default(true),
});

/** A target group in its parent VPC; its targets are the traffic edges leaving it. */
export const targetGroupSchema = z.object({
  ...nodeBase,
  kind: z.literal('targetGroup'),
  protocol: z.enum(['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP']),
  port: z.number().int().min(1).max(65535),
  healthCheck: healthCheckSchema.nullable(),
  requiredCapacity: z.number().int().min(0).optional(),
  stickiness: z.boolean().default(false),
});

/** An EC2 instance in its parent subnet; `role` is a free label such as "nginx proxy". */
export const instanceSchema = z.object({
  ...nodeBase,
  kind: z.literal('instance'),
  instanceType: z.string().min(1),
  role: z.string().max(100).default(''),
  imageId: z.string().optional(),
  securityGroupIds: z.array(idSchema).default([]),
});

/** Launch settings of an auto scaling group (become a launch template). */
export const launchSettingsSchema = z.object({
  instanceType: z.string().min(1),
  imageId: z.string().optional(),
  role: z.string().max(100).default(''),
  securityGroupIds: z.array(idSchema).default([]),
});

/** An auto scaling group in its parent VPC, launching into `subnetIds`. */
export const autoScalingGroupSchema = z.object({
  ...nodeBase,
  kind: z.literal('autoScalingGroup'),
  minSize: z.number().int().min(0),
  desiredCapacity: z.number().int().min(0),
  maxSize: z.number().int().min(0),
  subnetIds: z.array(idSchema),
  healthCheckType: z.enum(['EC2', 'ELB']),
  healthCheckGracePeriod: z.number().int().min(0).default(300),
  launch: launchSettingsSchema,
  requiredCapacity: z.number().int().min(0).optional(),
});
