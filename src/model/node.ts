/** The node union: every kind of resource a design can hold, with its type guards. */
import { z } from 'zod';
import type { DeepReadonly } from './common';
import { azSchema, internetGatewaySchema, natGatewaySchema, regionSchema, routeTableSchema, securityGroupSchema, subnetSchema, vpcSchema } from './kinds/network';
import { autoScalingGroupSchema, instanceSchema, loadBalancerSchema, targetGroupSchema } from './kinds/compute';
import { databaseSchema } from './kinds/data';
import { dnsRecordSchema, transitGatewaySchema, vpcPeeringSchema, vpnConnectionSchema } from './kinds/connectivity';
import { alarmSchema, topicSchema } from './kinds/ops';
import { genericSchema } from './kinds/generic';

/** Schema of any node, discriminated by `kind`. */
export const nodeSchema = z.discriminatedUnion('kind', [
  regionSchema, azSchema, vpcSchema, subnetSchema, internetGatewaySchema, natGatewaySchema, routeTableSchema, securityGroupSchema,
  loadBalancerSchema, targetGroupSchema, instanceSchema, autoScalingGroupSchema, databaseSchema,
  vpcPeeringSchema, transitGatewaySchema, vpnConnectionSchema, dnsRecordSchema, alarmSchema, topicSchema, genericSchema,
]);

/** Any node of a design (immutable). */
export type DesignNode = DeepReadonly<z.output<typeof nodeSchema>>;
/** The kind tag of a node. */
export type NodeKind = DesignNode['kind'];
/** The node of one kind. */
export type NodeOf<K extends NodeKind> = Extract<DesignNode, { kind: K }>;

/** Every kind, in palette order. */
export const NODE_KINDS: readonly NodeKind[] = [
  'region', 'vpc', 'az', 'subnet', 'internetGateway', 'natGateway', 'routeTable', 'securityGroup',
  'loadBalancer', 'targetGroup', 'instance', 'autoScalingGroup', 'database',
  'dnsRecord', 'vpcPeering', 'transitGateway', 'vpnConnection', 'alarm', 'topic', 'generic',
];

/** Kinds drawn as containers that hold other nodes. */
export const CONTAINER_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['region', 'vpc', 'az', 'subnet']);

/** Narrows a node to one kind. */
export function isKind<K extends NodeKind>(node: DesignNode | undefined, kind: K): node is NodeOf<K> {
  return node?.kind === kind;
}

/** True for container kinds (region, VPC, AZ, subnet). */
export function isContainer(node: DesignNode | undefined): boolean {
  return node !== undefined && CONTAINER_KINDS.has(node.kind);
}

/** Type guard: a load balancer. */
export const isLoadBalancer = (n: DesignNode | undefined): n is NodeOf<'loadBalancer'> => isKind(n, 'loadBalancer');
/** Type guard: a target group. */
export const isTargetGroup = (n: DesignNode | undefined): n is NodeOf<'targetGroup'> => isKind(n, 'targetGroup');
/** Type guard: an instance. */
export const isInstance = (n: DesignNode | undefined): n is NodeOf<'instance'> => isKind(n, 'instance');
/** Type guard: an auto scaling group. */
export const isAutoScalingGroup = (n: DesignNode | undefined): n is NodeOf<'autoScalingGroup'> => isKind(n, 'autoScalingGroup');
/** Type guard: a database. */
export const isDatabase = (n: DesignNode | undefined): n is NodeOf<'database'> => isKind(n, 'database');
/** Type guard: a subnet. */
export const isSubnet = (n: DesignNode | undefined): n is NodeOf<'subnet'> => isKind(n, 'subnet');
