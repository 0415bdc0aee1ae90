/**
 * The services the Sandbox serves. To add one: import its ServiceDefinition
 * and append it to the list (see CONTRACT.md). One line each, no other edits.
 */
import type { ServiceDefinition } from './core/service';
import ec2 from './ec2';
import sts from './sts';
import elbv2 from './elbv2';
import autoscaling from './autoscaling';
import rds from './rds';
import sns from './sns';
import cloudwatch from './cloudwatch';

/** Every service module, in no particular order (routing is by SigV4 signing name). */
export const SERVICES: readonly ServiceDefinition[] = [
  ec2,
  sts,
  elbv2,
  autoscaling,
  rds,
  sns,
  cloudwatch,
];
