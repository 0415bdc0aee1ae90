/** Design file channels: open, save, recent files, recovery, templates. */
import { z } from 'zod';
import { event, request } from '../define';
import type { DesignProblem } from '../../model/parse';

/** A design read from disk (text is the raw file, parsed in the renderer by the pure model). */
export interface OpenedFile {
  readonly path: string;
  readonly text: string;
}

/** Outcome of opening a file: its text, or why it could not be read or parsed. */
export type OpenResult =
  | { readonly ok: true; readonly path: string; readonly text: string }
  | { readonly ok: false; readonly path: string; readonly problem: DesignProblem }
  | { readonly ok: false; readonly canceled: true };

/** A reference design shipped in resources/templates. */
export interface TemplateInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** Requests of the files area. */
export const fileRequests = {
  /** Opens a file by path, or asks the user for one when `path` is absent. */
  'file:open': request<OpenResult>()(z.object({ path: z.string().max(4096).optional() })),
  /** Saves design text atomically to `path` (or asks for a path when absent: Save As). */
  'file:save': request<{ readonly ok: true; readonly path: string } | { readonly ok: false; readonly canceled?: true; readonly error?: string }>()(
    z.object({ path: z.string().max(4096).optional(), text: z.string().max(200_000_000), suggestedName: z.string().max(255).optional() }),
  ),
  'file:recent': request<readonly string[]>()(z.object({})),
  /** Writes the autosave recovery copy for the current design. */
  'file:autosave': request<{ readonly ok: boolean }>()(z.object({ key: z.string().max(4096), text: z.string().max(200_000_000) })),
  /** A recovery copy left by a crash, if any. */
  'file:recovery': request<{ readonly key: string; readonly text: string; readonly savedAt: string } | null>()(z.object({})),
  'file:discard-recovery': request<{ readonly ok: boolean }>()(z.object({})),
  'template:list': request<readonly TemplateInfo[]>()(z.object({})),
  'template:read': request<{ readonly text: string }>()(z.object({ id: z.string().regex(/^[a-z0-9-]+$/) })),
  /** Saves an exported image (PNG as base64, or SVG text) where the user chooses. */
  'file:export-image': request<{ readonly ok: boolean; readonly path?: string }>()(
    z.object({ format: z.enum(['png', 'svg']), data: z.string().max(200_000_000), suggestedName: z.string().max(255) }),
  ),
};

/** Events of the files area. */
export const fileEvents = {
  'file:recent-changed': event<readonly string[]>(),
};
