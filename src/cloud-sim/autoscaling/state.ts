/** The Auto Scaling state slice of one region: groups, their member instances and scaling activities. */
import { AwsError } from '../core/errors';
import type { ActionContext, SandboxCore } from '../core/service';

/** A tag of a group (PropagateAtLaunch copies it onto launched instances). */
export interface AsgTag { key: string; value: string; propagate: boolean }

/** A member instance as the group tracks it. */
export interface Member {
  instanceId: string; availabilityZone: string; subnetId: string; instanceType: string;
  lifecycleState: 'Pending' | 'InService' | 'Terminating'; healthStatus: 'Healthy' | 'Unhealthy';
  launchedAt: number; protectedFromScaleIn: boolean; launchTemplateVersion: string;
}

/** A scaling activity (newest last in storage, newest first on the wire). */
export interface Activity {
  activityId: string; description: string; cause: string; startTime: number; endTime?: number;
  statusCode: 'InProgress' | 'Successful' | 'Failed' | 'Cancelled'; statusMessage?: string; progress: number;
  instanceId?: string; details: string;
}

/** An Auto Scaling group. */
export interface Asg {
  name: string; arn: string; createdTime: string;
  launchTemplate: { id: string; name: string; version: string };
  min: number; max: number; desired: number; defaultCooldown: number;
  subnets: { subnetId: string; az: string }[];
  healthCheckType: 'EC2' | 'ELB'; gracePeriod: number; targetGroupArns: string[];
  tags: AsgTag[]; terminationPolicies: string[]; newInstancesProtected: boolean;
  instances: Member[]; activities: Activity[];
  /** Set by DeleteAutoScalingGroup with ForceDelete: instances terminate, then the group goes. */
  deleting?: boolean;
}

/** Everything Auto Scaling keeps per region. */
export interface AsgRegion { groups: Record<string, Asg> }

const empty = (): AsgRegion => ({ groups: {} });

/** The Auto Scaling slice of the request's region. */
export function asgState(ctx: ActionContext): AsgRegion {
  return ctx.core.store.region('autoscaling', ctx.region, empty);
}

/** The Auto Scaling slice of any region. */
export function asgStateOf(core: SandboxCore, region: string): AsgRegion {
  return core.store.region('autoscaling', region, empty);
}

/** Auto Scaling ValidationError. */
export const validation = (message: string): AwsError => new AwsError('ValidationError', message, 400);

/** A group by name (or ARN), or the ValidationError AWS returns for a missing group. */
export function mustAsg(state: AsgRegion, name: string): Asg {
  const g = Object.hasOwn(state.groups, name) ? state.groups[name] : Object.values(state.groups).find((x) => x.arn === name);
  if (!g) throw validation(`AutoScalingGroup name not found - AutoScalingGroup ${name} not found`);
  return g;
}

/** Members that count towards capacity (not being terminated). */
export const live = (g: Asg): Member[] => g.instances.filter((i) => i.lifecycleState !== 'Terminating');
