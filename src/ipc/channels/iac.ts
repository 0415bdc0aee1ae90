/** IaC channels: save an export (Terraform folder or CloudFormation templates) to disk, import from a live cloud. */
import { z } from 'zod';
import { request } from '../define';
import type { Design } from '../../model';
import type { ImportReport } from '../../iac/import/ir';

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region code such as us-east-1');

/** Where to discover: the Sandbox (at `endpoint`, else the running one), AWS by profile, or a custom endpoint. */
export const iacTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sandbox'), endpoint: z.string().url().optional() }),
  z.object({ kind: z.literal('aws'), profile: z.string().max(128).optional() }),
  z.object({ kind: z.literal('endpoint'), endpoint: z.string().url(), profile: z.string().max(128).optional() }),
]);

/** Outcome of an import (from cloud): the design and the report, or why it failed. */
export type IacImportResult = { readonly ok: true; readonly design: Design; readonly report: ImportReport } | { readonly ok: false; readonly error: string };

/** Outcome of saving an export. */
export type IacSaveResult = { readonly ok: true; readonly path: string; readonly written: readonly string[] } | { readonly ok: false; readonly error: string };

/** Requests of the IaC area. */
export const iacRequests = {
  /** Writes exported files (names as the exporter gave them) atomically into the folder `path`. */
  'iac:save-export': request<IacSaveResult>()(z.object({
    path: z.string().min(1).max(4096),
    files: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/, 'a plain file name'), z.string().max(200_000_000)),
  })),
  /** Reads a live target into a design (optionally one tag's resources only). */
  'iac:discover': request<IacImportResult>()(z.object({
    target: iacTargetSchema,
    regions: z.array(region).min(1).max(30),
    tag: z.object({ key: z.string().min(1).max(128), value: z.string().max(256) }).optional(),
  })),
};
