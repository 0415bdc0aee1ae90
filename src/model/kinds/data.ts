/** Data kinds: relational databases (primaries and read replicas). */
import { z } from 'zod';
import { idSchema, nodeBase } from '../common';

/**
 * An RDS database instance. Its parent is the subnet of the primary (or, for a
 * replica, the replica's own subnet); `subnetIds` is its DB subnet group. A
 * primary's read replicas are the replication edges leaving it, each replica a
 * node of its own so it can sit in another AZ or region.
 */
export const databaseSchema = z.object({
  ...nodeBase,
  kind: z.literal('database'),
  engine: z.enum(['mysql', 'postgres']),
  engineVersion: z.string().optional(),
  instanceClass: z.string().min(1),
  role: z.enum(['primary', 'replica']),
  multiAz: z.boolean(),
  standbySubnetId: idSchema.optional(),
  subnetIds: z.array(idSchema),
  securityGroupIds: z.array(idSchema).default([]),
  allocatedStorageGb: z.number().int().min(5).max(65536).default(20),
  backupRetentionDays: z.number().int().min(0).max(35),
});
