/** Where each node of a design lives in the cloud: found by its `ha-architect:node` tag. */
import type { NodeKind } from '../model';

/** One node's provisioned resource. */
export interface ResourceRef {
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly region: string;
  /** The id the describe calls take: instance id, ARN (LB, TG), DB identifier, ASG name, alarm name, VPN/NAT/VPC… id. */
  readonly id: string;
}

/** The result of one discovery: node id → resource, and the regions whose discovery failed. */
export interface ResourceMap {
  readonly byNode: ReadonlyMap<string, ResourceRef>;
  /** `failedKey(region, kind)` → why finding that kind failed there (its nodes are stale, not "not deployed"). */
  readonly failed: ReadonlyMap<string, string>;
  /** ISO time of the discovery. */
  readonly at: string;
}

/** The key of a failed discovery: one kind in one region. */
export const failedKey = (region: string, kind: NodeKind): string => `${region}:${kind}`;
