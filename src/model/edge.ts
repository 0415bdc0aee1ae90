/** Edges: typed relationships between nodes (traffic, dependency, replication, link). */
import { z } from 'zod';
import type { DeepReadonly } from './common';
import { idSchema } from './common';
import { dnsHealthCheckSchema } from './kinds/connectivity';

/** A load balancer listener, carried by the traffic edge from a load balancer to a target group. */
export const listenerSchema = z.object({
  protocol: z.enum(['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP']),
  port: z.number().int().min(1).max(65535),
  certificateArn: z.string().optional(),
});

/** How a DNS record points at one of its targets (failover role, latency region, health check). */
export const dnsTargetSchema = z.object({
  failoverRole: z.enum(['primary', 'secondary']).optional(),
  region: z.string().optional(),
  healthCheck: dnsHealthCheckSchema.nullable().optional(),
});

const edgeBase = { id: idSchema, source: idSchema, target: idSchema, label: z.string().max(200).optional() };

/** Traffic: DNS → LB, LB → target group (with its listener), target group → instance / ASG. */
export const trafficEdgeSchema = z.object({ ...edgeBase, kind: z.literal('traffic'), listener: listenerSchema.optional(), dns: dnsTargetSchema.optional() });

/** Dependency: an app (instance / ASG) → a database, through its writer or reader endpoint or pinned to the instance. */
export const dependencyEdgeSchema = z.object({ ...edgeBase, kind: z.literal('dependency'), endpoint: z.enum(['writer', 'reader', 'instance']).optional() });

/** Replication: a primary database → a read replica. */
export const replicationEdgeSchema = z.object({ ...edgeBase, kind: z.literal('replication'), mode: z.enum(['async', 'sync']).default('async') });

/** Link: a VPC ↔ a peering, transit gateway or VPN connection (and TGW ↔ VPN). */
export const linkEdgeSchema = z.object({ ...edgeBase, kind: z.literal('link') });

/** Schema of any edge, discriminated by `kind`. */
export const edgeSchema = z.discriminatedUnion('kind', [trafficEdgeSchema, dependencyEdgeSchema, replicationEdgeSchema, linkEdgeSchema]);

/** Any edge of a design (immutable). */
export type DesignEdge = DeepReadonly<z.output<typeof edgeSchema>>;
/** The kind tag of an edge. */
export type EdgeKind = DesignEdge['kind'];
/** The edge of one kind. */
export type EdgeOf<K extends EdgeKind> = Extract<DesignEdge, { kind: K }>;
/** Every edge kind. */
export const EDGE_KINDS: readonly EdgeKind[] = ['traffic', 'dependency', 'replication', 'link'];

/** An edge without its id (distributes over the union so each kind keeps its fields). */
export type EdgeDraft = DesignEdge extends infer E ? (E extends DesignEdge ? Omit<E, 'id'> : never) : never;
