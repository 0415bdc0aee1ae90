/**
 * What one poll cycle saw, normalised from the AWS responses so the
 * assessment is pure and testable without a cloud: plain records keyed by the
 * resource's AWS id, plus which sources could not be read.
 */

/** An EC2 instance (DescribeInstanceStatus, IncludeAllInstances). */
export interface InstanceObs {
  readonly id: string;
  /** pending | running | stopping | stopped | shutting-down | terminated */
  readonly state: string;
  readonly az?: string;
  /** ok | impaired | initializing | insufficient-data | not-applicable */
  readonly systemStatus?: string;
  readonly instanceStatus?: string;
}

/** One registered target of a target group (DescribeTargetHealth). */
export interface TargetObs {
  readonly id: string;
  readonly port?: number;
  /** initial | healthy | unhealthy | unused | draining | unavailable | unhealthy.draining */
  readonly state: string;
  readonly reason?: string;
  readonly az?: string;
}

/** A target group and its targets. */
export interface TargetGroupObs { readonly arn: string; readonly targets: readonly TargetObs[] }

/** A load balancer (DescribeLoadBalancers). */
export interface LoadBalancerObs {
  readonly arn: string;
  /** active | provisioning | active_impaired | failed */
  readonly state: string;
  readonly reason?: string;
  readonly azs: readonly string[];
}

/** An RDS DB instance (DescribeDBInstances). */
export interface DatabaseObs {
  readonly id: string;
  readonly status: string;
  readonly az?: string;
  readonly secondaryAz?: string;
  readonly multiAz: boolean;
  readonly replicaOf?: string;
}

/** One instance of an auto scaling group. */
export interface AsgInstanceObs { readonly id: string; readonly az?: string; readonly lifecycle: string; readonly health: string }

/** An auto scaling group (DescribeAutoScalingGroups). */
export interface AsgObs {
  readonly name: string;
  readonly desired: number;
  readonly min: number;
  readonly max: number;
  readonly instances: readonly AsgInstanceObs[];
}

/** A scaling activity (DescribeScalingActivities). */
export interface ActivityObs {
  readonly id: string;
  readonly asgName: string;
  readonly description: string;
  readonly cause?: string;
  readonly status: string;
  /** ISO start time. */
  readonly start: string;
}

/** One VPN tunnel's telemetry (VgwTelemetry). */
export interface TunnelObs { readonly outsideIp?: string; readonly status: string; readonly message?: string; readonly lastChange?: string }

/** A VPN connection (DescribeVpnConnections). */
export interface VpnObs { readonly id: string; readonly state: string; readonly tunnels: readonly TunnelObs[] }

/** A CloudWatch alarm (DescribeAlarms). */
export interface AlarmObs { readonly name: string; readonly state: string; readonly reason?: string; readonly updated?: string }

/** A NAT gateway (DescribeNatGateways). */
export interface NatObs { readonly id: string; readonly state: string; readonly message?: string }

/** An RDS event (DescribeEvents). */
export interface RdsEventObs { readonly sourceId: string; readonly message: string; readonly date: string }

/** Everything one cycle saw. `failures` maps a source key (see `sourceKeys`) to why it could not be read. */
export interface Observation {
  /** ISO time the cycle started. */
  readonly at: string;
  readonly instances: ReadonlyMap<string, InstanceObs>;
  readonly targetGroups: ReadonlyMap<string, TargetGroupObs>;
  readonly loadBalancers: ReadonlyMap<string, LoadBalancerObs>;
  readonly databases: ReadonlyMap<string, DatabaseObs>;
  readonly asgs: ReadonlyMap<string, AsgObs>;
  readonly vpns: ReadonlyMap<string, VpnObs>;
  readonly alarms: ReadonlyMap<string, AlarmObs>;
  readonly nats: ReadonlyMap<string, NatObs>;
  readonly activities: readonly ActivityObs[];
  readonly rdsEvents: readonly RdsEventObs[];
  readonly failures: ReadonlyMap<string, string>;
}

/** An empty observation (nothing seen, nothing failed). */
export function emptyObservation(at: string): Observation {
  return {
    at, instances: new Map(), targetGroups: new Map(), loadBalancers: new Map(), databases: new Map(), asgs: new Map(),
    vpns: new Map(), alarms: new Map(), nats: new Map(), activities: [], rdsEvents: [], failures: new Map(),
  };
}

/** Source keys: a failed source makes exactly the nodes that depend on it stale. */
export const sourceKey = {
  instances: (region: string) => `ec2-status:${region}`,
  loadBalancers: (region: string) => `elb:${region}`,
  targetGroup: (arn: string) => `tg:${arn}`,
  databases: (region: string) => `rds:${region}`,
  asgs: (region: string) => `asg:${region}`,
  vpns: (region: string) => `vpn:${region}`,
  alarms: (region: string) => `cw:${region}`,
  nats: (region: string) => `nat:${region}`,
  discovery: (region: string) => `discover:${region}`,
};
