/** The design document: metadata, objectives, estimate overrides, nodes and edges. */
import { z } from 'zod';
import type { DeepReadonly } from './common';
import { idSchema } from './common';
import { nodeSchema } from './node';
import { edgeSchema } from './edge';

/** The schema version this build writes; older files are migrated on open. */
export const SCHEMA_VERSION = 1;

/** Recovery objectives for one disruption class, in seconds. */
export const recoveryObjectiveSchema = z.object({
  instance: z.number().min(0).optional(),
  az: z.number().min(0).optional(),
  region: z.number().min(0).optional(),
});

/** What the design must achieve: availability target (%) and RTO / RPO per disruption. */
export const objectivesSchema = z.object({
  availabilityTarget: z.number().min(0).max(100).optional(),
  rtoSeconds: recoveryObjectiveSchema.default({}),
  rpoSeconds: recoveryObjectiveSchema.default({}),
});

/** A whole design as stored in a `.ha.json` file. */
export const designSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  name: z.string().min(1).max(255),
  description: z.string().max(10000).default(''),
  objectives: objectivesSchema.default({ rtoSeconds: {}, rpoSeconds: {} }),
  /** Availability overrides by component key (see src/validate), as fractions, e.g. 0.9995. */
  availabilityOverrides: z.record(z.string(), z.number().min(0).max(1)).default({}),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

/** A design (immutable). */
export type Design = DeepReadonly<z.output<typeof designSchema>>;
/** Design objectives (immutable). */
export type Objectives = Design['objectives'];
