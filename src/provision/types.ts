/** The provisioner's data: desired and actual resources, plan steps, step events, targets. */
import type { NodeKind } from '../model';

/** A reference to another node of the design, as it appears inside comparable properties. */
export interface Ref {
  readonly ref: string;
}

/** A JSON value as compared by the plan (references are `{ ref: nodeId }`). */
export type PropValue = string | number | boolean | null | Ref | readonly PropValue[] | { readonly [key: string]: PropValue };

/** Comparable properties of one resource. */
export type Props = { readonly [key: string]: PropValue };

/** What the design asks for, for one node. */
export interface DesiredResource {
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly region: string;
  /** The node id of the VPC the resource lives in, when it lives in one (ordering rules). */
  readonly vpc?: string;
  /** Compared against the actual resource; absent keys are "don't care". */
  readonly props: Props;
  /** Create-time inputs that are not compared (e.g. a database's preferred AZ). */
  readonly hints: { readonly [key: string]: PropValue };
  /** User tags from the design. */
  readonly tags: Readonly<Record<string, string>>;
}

/** A resource found in the cloud (by its ownership tags), already mapped back to a node id. */
export interface ActualResource {
  readonly kind: NodeKind;
  readonly nodeId: string;
  /** The `ha-architect:design` tag, when present. */
  readonly designId?: string;
  readonly region: string;
  /** The primary physical id (vpc-…, an ARN, a DB identifier, an ASG name, …). */
  readonly id: string;
  readonly arn?: string;
  /** Other physical ids that name this resource in references (EIP allocation, VGW id, LB dimension, …). */
  readonly aliases?: readonly string[];
  readonly name?: string;
  /** Node id (resolved) or physical id of the VPC it lives in. */
  readonly vpc?: string;
  /** Comparable properties; references hold physical ids until `resolveActual` maps them to `{ ref }`. */
  readonly props: Props;
  /** The `ha-architect:hash` tag: hash of the properties as last applied (drift detection). */
  readonly appliedHash?: string;
  /** Facts dependants need at apply time (main route table id, DNS name, …); never compared. */
  readonly attrs?: Readonly<Record<string, string>>;
  /** User tags (without the ownership tags). */
  readonly tags?: Readonly<Record<string, string>>;
}

/** One changed property. */
export interface PropChange {
  readonly property: string;
  readonly from: PropValue | undefined;
  readonly to: PropValue | undefined;
  readonly forcesReplacement: boolean;
}

/** What a plan step does. */
export type StepAction = 'create' | 'update' | 'replace' | 'delete' | 'noop' | 'unsupported';

/** One node's step in a plan. */
export interface PlanStep {
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly region?: string;
  readonly action: StepAction;
  /** One line: why this step (which property changed, what forces replacement, drift). */
  readonly reason: string;
  readonly changes: readonly PropChange[];
  /** Set when the resource was deleted or changed outside HA Architect. */
  readonly drift?: 'deleted' | 'changed';
  readonly desired?: DesiredResource;
  readonly actual?: ActualResource;
}

/** Something in the design that makes it impossible to apply as drawn (apply refuses; nothing is created). */
export interface PlanProblem {
  /** The node to focus (e.g. the load balancer of a listener). */
  readonly nodeId: string;
  /** The edge at fault, when the problem sits on an edge (a listener). */
  readonly edgeId?: string;
  /** What is wrong and what is expected. */
  readonly message: string;
}

/** A plan: ordered steps and the counts of the summary line. */
export interface Plan {
  readonly designId: string;
  readonly steps: readonly PlanStep[];
  readonly summary: PlanSummary;
  /** Problems found before any API call; apply refuses a plan that has any. */
  readonly problems?: readonly PlanProblem[];
}

/** Counts of a plan (the "Plan: N to add, …" line). */
export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly replace: number;
  readonly destroy: number;
  readonly unsupported: number;
}

/** The state of one step as it is applied. */
export type StepState = 'pending' | 'running' | 'done' | 'failed' | 'skipped' | 'canceled';

/** A progress event of one step (plain data: crosses IPC, goes into --json output). */
export interface StepEvent {
  readonly type: 'step';
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly action: StepAction;
  /** Which half of a replace (or the single operation) this is. */
  readonly op: 'create' | 'update' | 'delete';
  readonly state: StepState;
  readonly at: string;
  readonly elapsedMs: number;
  readonly error?: { readonly code: string; readonly message: string };
  /** For skipped steps: the node whose failure caused the skip. */
  readonly cause?: string;
  /** Physical id once known. */
  readonly resourceId?: string;
}

/** Where to provision. Credentials never live here except the Sandbox's fixed, documented pair. */
export type Target =
  | { readonly kind: 'sandbox'; readonly endpoint: string; readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } }
  | { readonly kind: 'aws'; readonly profile?: string; readonly region?: string }
  | { readonly kind: 'endpoint'; readonly endpoint: string; readonly profile?: string; readonly region?: string };

/** Who the target says we are (STS GetCallerIdentity) and where. */
export interface Identity {
  readonly target: string;
  readonly account: string;
  readonly arn: string;
  readonly userId: string;
  readonly region: string;
  readonly endpoint?: string;
}
