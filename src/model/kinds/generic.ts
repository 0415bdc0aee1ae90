/** The generic kind: a resource the model has no kind for, kept rather than dropped (imports). */
import { z } from 'zod';
import { nodeBase } from '../common';

/** A resource of a type HA Architect does not model (e.g. AWS::S3::Bucket from an import). */
export const genericSchema = z.object({
  ...nodeBase,
  kind: z.literal('generic'),
  resourceType: z.string().min(1),
  properties: z.record(z.string(), z.unknown()).default({}),
});
