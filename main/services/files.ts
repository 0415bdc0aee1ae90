// Files-area handlers: open, save, recent files, autosave recovery, templates, image export, folder listing.
import path from 'node:path';
import type { AreaHandlers, HostContext } from './types';
import { readDesignFile } from './files/read';
import { saveDesignFile } from './files/save';
import { addRecent, readRecent } from './files/recent';
import { discardRecovery, readRecovery, writeRecovery } from './files/recovery';
import { listTemplates, readTemplate } from './files/templates';
import { listDir } from './files/list-dir';
import { saveImage } from './files/export-image';

const NO_DIALOG = 'this host has no file dialog: give a path';

async function remember(ctx: HostContext, file: string): Promise<void> {
  ctx.emit('file:recent-changed', await addRecent(ctx.home, file));
}

/** Handlers of the files area. */
export const fileHandlers = {
  'file:open': async ({ path: given }, ctx) => {
    const file = given ?? (ctx.dialogs ? await ctx.dialogs.openDesign() : null);
    if (file === null) return given === undefined && !ctx.dialogs ? { ok: false, path: '', problem: { path: '$', message: NO_DIALOG } } : { ok: false, canceled: true };
    const result = await readDesignFile(file);
    if (result.ok) await remember(ctx, file);
    return result;
  },
  'file:save': async ({ path: given, text, suggestedName }, ctx) => {
    const file = given ?? (ctx.dialogs ? await ctx.dialogs.saveDesign(suggestedName ?? 'design.ha.json') : null);
    if (file === null) return ctx.dialogs ? { ok: false, canceled: true } : { ok: false, error: NO_DIALOG };
    const result = await saveDesignFile(file, text);
    if (result.ok) await remember(ctx, file);
    return result;
  },
  'file:recent': (_p, ctx) => readRecent(ctx.home),
  'file:autosave': async ({ key, text }, ctx) => {
    await writeRecovery(ctx.home, key, text);
    return { ok: true };
  },
  'file:recovery': (_p, ctx) => readRecovery(ctx.home),
  'file:discard-recovery': async (_p, ctx) => ({ ok: await discardRecovery(ctx.home) }),
  'file:list-dir': ({ path: dir }) => listDir(dir),
  'template:list': (_p, ctx) => listTemplates(ctx.templatesDir),
  'template:read': async ({ id }, ctx) => ({ text: await readTemplate(ctx.templatesDir, id) }),
  'file:export-image': async ({ format, data, suggestedName, path: given }, ctx) => {
    const name = path.basename(suggestedName) || `design.${format}`;
    const file = given ?? (ctx.dialogs ? await ctx.dialogs.saveImage(format, name) : null);
    if (file === null) return ctx.dialogs ? { ok: false, canceled: true } : { ok: false, error: NO_DIALOG };
    return saveImage(file, format, data);
  },
} satisfies AreaHandlers;
