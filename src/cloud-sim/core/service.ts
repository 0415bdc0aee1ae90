/** How a service plugs into the Sandbox: its protocol, its actions, and the core it may use. */
import type { Clock } from './clock';
import type { Params } from './params';
import type { StateStore } from './store';
import type { World } from '../faults/world';

/** Wire protocol of a service, as the pinned SDK client speaks it. */
export type Protocol = 'ec2' | 'query' | 'json';

/** Fixed Sandbox key pair. */
export interface Credentials { accessKeyId: string; secretAccessKey: string }

/** What every service can reach: clock, world (faults), state, account and regions. */
export interface SandboxCore {
  readonly accountId: string;
  readonly regions: readonly string[];
  readonly credentials: Credentials;
  readonly clock: Clock;
  readonly world: World;
  readonly store: StateStore;
  /** AZ names of a region (`<region>a/b/c`). */
  azs(region: string): string[];
}

/** One API call as a handler sees it. */
export interface ActionContext {
  readonly service: string;
  readonly action: string;
  readonly region: string;
  readonly accountId: string;
  readonly requestId: string;
  /** Query-protocol parameters (EC2, ELBv2, RDS, Auto Scaling, SNS, STS); empty for JSON services. */
  readonly params: Params;
  /** JSON-protocol body (CloudWatch); `{}` for query services. */
  readonly json: Record<string, unknown>;
  readonly core: SandboxCore;
}

/**
 * An action returns the response body: for XML protocols a plain object whose
 * keys are the wire element names (arrays → `<item>`/`<member>` lists); for
 * JSON the response object. Return undefined for an empty result. Throw
 * AwsError for AWS errors.
 */
export type ActionHandler = (ctx: ActionContext) => unknown | Promise<unknown>;

/** A service module (e.g. `ec2/index.ts` default export). */
export interface ServiceDefinition {
  /** Short name used in faults and logs: ec2, elbv2, rds, autoscaling, cloudwatch, sns, sts. */
  readonly name: string;
  /** The SigV4 credential-scope service the SDK signs with (ec2, elasticloadbalancing, monitoring…). */
  readonly signingName: string;
  readonly protocol: Protocol;
  /** API version string (`Version=` for query protocols). */
  readonly version: string;
  /** xmlns of responses (XML protocols). */
  readonly xmlNamespace?: string;
  /** X-Amz-Target prefix for JSON protocols (`GraniteServiceVersion20100801`). */
  readonly jsonTarget?: string;
  /** Smithy namespace for JSON error `__type` (`com.amazonaws.cloudwatch`); defaults to `com.amazonaws.<name>`. */
  readonly jsonNamespace?: string;
  readonly actions: Readonly<Record<string, ActionHandler>>;
  /** Called once at start: subscribe to world events, etc. */
  attach?(core: SandboxCore): void;
}

/** True for actions that never change state (so no save is scheduled). */
export const isReadOnlyAction = (action: string): boolean => /^(Describe|List|Get)/.test(action);
