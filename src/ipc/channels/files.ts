/** Design file channels: open, save, recent files, recovery, templates, image export, a directory listing for the in-app picker. */
import { z } from 'zod';
import { event, request } from '../define';
import type { DesignProblem } from '../../model/parse';

/** Longest path accepted on any file channel. */
const pathSchema = z.string().min(1).max(4096);
/** Largest design text accepted (bytes of UTF-16 code units; the file service enforces the on-disk limit). */
const textSchema = z.string().max(64_000_000);

/** A design read from disk (text is the raw file, parsed in the renderer by the pure model). */
export interface OpenedFile {
  readonly path: string;
  readonly text: string;
}

/** Outcome of opening a file: its text, or why it could not be read or parsed (never the contents of a bad file). */
export type OpenResult =
  | { readonly ok: true; readonly path: string; readonly text: string }
  | { readonly ok: false; readonly path: string; readonly problem: DesignProblem }
  | { readonly ok: false; readonly canceled: true };

/** Outcome of a save or an export: where it went, or why not (nothing on disk changed then). */
export type SaveResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly canceled?: true; readonly error?: string };

/** A reference design shipped in resources/templates. */
export interface TemplateInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** The crash-recovery copy left by an earlier session. */
export interface RecoveryCopy {
  /** What the renderer passed as key when autosaving (the design's file path, or an id for an unsaved design). */
  readonly key: string;
  readonly text: string;
  /** ISO timestamp of the autosave. */
  readonly savedAt: string;
}

/** One entry of a directory listing (only folders and `.json` files are listed). */
export interface DirEntry {
  readonly name: string;
  readonly path: string;
  readonly kind: 'dir' | 'file';
}

/** A directory listing for the browser host's file picker. */
export interface DirListing {
  readonly path: string;
  /** The parent folder, or null at the root. */
  readonly parent: string | null;
  readonly entries: readonly DirEntry[];
}

/** Requests of the files area. */
export const fileRequests = {
  /** Opens a file by absolute path, or asks the user for one when `path` is absent (Electron only). */
  'file:open': request<OpenResult>()(z.object({ path: pathSchema.optional() })),
  /** Saves design text atomically to `path` (or asks for a path when absent: Save As). Refuses text that is not a valid design. */
  'file:save': request<SaveResult>()(z.object({ path: pathSchema.optional(), text: textSchema, suggestedName: z.string().max(255).optional() })),
  /** Recently opened or saved files, newest first. */
  'file:recent': request<readonly string[]>()(z.object({})),
  /** Writes the autosave recovery copy for the current design. */
  'file:autosave': request<{ readonly ok: boolean }>()(z.object({ key: z.string().max(4096), text: textSchema })),
  /** A recovery copy left by an earlier session that ended without discarding it (a crash), if any. */
  'file:recovery': request<RecoveryCopy | null>()(z.object({})),
  /** Removes the recovery copy (after a save, a clean close, or when the user declines to restore). */
  'file:discard-recovery': request<{ readonly ok: boolean }>()(z.object({})),
  /** Lists a folder (default: the user's home folder) for the in-app file picker. */
  'file:list-dir': request<DirListing>()(z.object({ path: pathSchema.optional() })),
  'template:list': request<readonly TemplateInfo[]>()(z.object({})),
  'template:read': request<{ readonly text: string }>()(z.object({ id: z.string().max(100).regex(/^[a-z0-9-]+$/) })),
  /** Saves an exported image (PNG as base64, or SVG text) at `path`, or where the user chooses when absent (Electron). */
  'file:export-image': request<SaveResult>()(
    z.object({ format: z.enum(['png', 'svg']), data: textSchema, suggestedName: z.string().max(255), path: pathSchema.optional() }),
  ),
};

/** Events of the files area. */
export const fileEvents = {
  'file:recent-changed': event<readonly string[]>(),
};
