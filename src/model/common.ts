/** Shared field schemas of the design model: ids, positions, tags. */
import { z } from 'zod';

/** A node or edge id: stable, unique within a design, safe in AWS tags and file names. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id of letters, digits, "_", ".", ":" or "-" (max 128)');

/** Position of a node, relative to its parent container (canvas units). */
export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Size of a container node on the canvas. */
export const sizeSchema = z.object({ width: z.number().positive(), height: z.number().positive() });

/** User tags copied onto the provisioned resources. */
export const tagsSchema = z.record(z.string().min(1).max(128), z.string().max(256));

/** Fields every node carries whatever its kind. */
export const nodeBase = {
  id: idSchema,
  name: z.string().min(1).max(255),
  parent: idSchema.optional(),
  position: positionSchema,
  size: sizeSchema.optional(),
  tags: tagsSchema.optional(),
  notes: z.string().max(4000).optional(),
};

/** Makes every property of T readonly, recursively: the model is immutable data. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
