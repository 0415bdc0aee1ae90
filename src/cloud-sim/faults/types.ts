/** The faults the Sandbox can inject, as plain JSON (they are persisted and served by /_sandbox/faults). */

/** Stop an instance (EC2 state stopping → stopped); clearing the fault starts it again. */
export interface InstanceStopFault { kind: 'instance-stop'; instanceId: string }
/** Crash an instance: it stays "running" but both status checks are impaired. */
export interface InstanceCrashFault { kind: 'instance-crash'; instanceId: string }
/** An availability zone fails: its instances, LB nodes, NAT gateways and DB primaries are affected. */
export interface AzDownFault { kind: 'az-down'; az: string }
/** A whole region fails: all its AZs impaired and its APIs answer 503. */
export interface RegionDownFault { kind: 'region-down'; region: string }
/** An RDS DB instance's primary crashes (Multi-AZ fails over; single-AZ is unavailable). */
export interface DbCrashFault { kind: 'db-crash'; dbInstanceIdentifier: string; region?: string }
/** One tunnel (1 or 2) of a VPN connection goes DOWN. */
export interface TunnelDownFault { kind: 'tunnel-down'; vpnConnectionId: string; tunnel: 1 | 2 }
/** A fraction of matching API calls fail with `code` (and HTTP `status`). */
export interface ApiErrorsFault {
  kind: 'api-errors';
  service?: string;
  action?: string;
  region?: string;
  rate: number;
  code: string;
  status: number;
  /** Stop after this many injected errors (absent = unlimited). */
  count?: number;
}
/** Every matching API call is delayed by `ms`. */
export interface LatencyFault { kind: 'latency'; service?: string; action?: string; region?: string; ms: number }

/** Any fault, as requested. */
export type FaultSpec =
  | InstanceStopFault | InstanceCrashFault | AzDownFault | RegionDownFault
  | DbCrashFault | TunnelDownFault | ApiErrorsFault | LatencyFault;

/** A fault as stored: the spec plus its id and creation time. */
export type Fault = FaultSpec & { id: string; createdAt: string };

/** Every fault kind, for validation and help texts. */
export const FAULT_KINDS = [
  'instance-stop', 'instance-crash', 'az-down', 'region-down', 'db-crash', 'tunnel-down', 'api-errors', 'latency',
] as const;

/** One change of the fault set, as emitted by the world. */
export interface FaultChange { type: 'added' | 'removed'; fault: Fault }
