/** The AWS side of a resource kind: discover, create, update, delete. One implementation per kind under handlers/. */
import type { NodeKind } from '../model';
import type { Clients } from './clients';
import type { PollTiming } from './wait';
import type { ActualResource, DesiredResource, PropChange } from './types';

/** The AWS service that owns a kind's primary resource (tagging goes through it). */
export type ServiceName = 'ec2' | 'elbv2' | 'autoscaling' | 'rds' | 'cloudwatch' | 'sns';

/** What discovery needs: the clients of one region and, optionally, the design whose resources to list. */
export interface DiscoverContext {
  readonly clients: Clients;
  readonly region: string;
  /** Only resources tagged `ha-architect:design` = this id; absent = every resource of the kind (import from cloud). */
  readonly designId?: string;
}

/** What an operation needs at apply time. */
export interface OpContext extends DiscoverContext {
  readonly designId: string;
  /** Generation of this run: part of every ClientToken so a resumed run repeats its tokens. */
  readonly generation: string;
  readonly timing: PollTiming;
  /** The physical resource of another node (created earlier in this run or found by discovery). */
  resource(nodeId: string): ActualResource;
  /** The node of the design whose resource has this physical id (instances registered by it, …). */
  nodeOfPhysical(physicalId: string): string | undefined;
  /** The physical resource of another node, if it exists. */
  maybeResource(nodeId: string): ActualResource | undefined;
  /** Ownership + Name + hash + user tags for the desired resource. */
  tags(want: DesiredResource): Record<string, string>;
  /** A deterministic ClientToken for a create of this node (`part` names a sub-resource). */
  token(nodeId: string, part?: string): string;
  /** The target's default machine image in this region (when the design names none). */
  defaultImage(): Promise<string>;
  /** Polls until `check` gives a value (backoff + jitter, bounded). */
  poll<T>(what: string, check: () => Promise<T | undefined>): Promise<T>;
  /**
   * Runs a create that has no ClientToken without SDK retries; before every
   * retry it looks the resource up by its tags and adopts it when found, so a
   * lost response never makes a duplicate.
   */
  createOnce<T>(what: string, send: () => Promise<T>, lookup: () => Promise<T | undefined>): Promise<T>;
  /** The clients of another region (the accepter side of a cross-region peering). */
  clientsFor(region: string): Clients;
  /** Progress note for the log. */
  log(message: string): void;
}

/** One kind's AWS implementation. */
export interface Handler {
  readonly kind: NodeKind;
  readonly service: ServiceName;
  /** Every resource of this kind in the region (by design tag, or all); references as physical ids. */
  discover(ctx: DiscoverContext): Promise<ActualResource[]>;
  /** Creates the resource and waits until it is usable. */
  create(ctx: OpContext, want: DesiredResource): Promise<ActualResource>;
  /** Brings the resource in line with the design (changes may be empty: then only wait until usable). */
  update(ctx: OpContext, want: DesiredResource, have: ActualResource, changes: readonly PropChange[]): Promise<ActualResource | void>;
  /** Deletes the resource (and its sub-resources) and waits until it is gone; a missing resource is success. */
  delete(ctx: OpContext, have: ActualResource): Promise<void>;
}
