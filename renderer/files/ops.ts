// File operations shared by actions and dialogs: open text into the store, handle open results, save, confirm discarding changes.
import type { OpenResult } from '../../src/ipc/channels/files';
import { parseDesign, serializeDesign } from '../../src/model';
import type { ActionContext } from '../actions/types';
import { selectDirty } from '../store';
import { fitAfterLoad } from '../canvas/fit';

/** Asks before throwing away unsaved changes. */
export function confirmDiscard(ctx: ActionContext): boolean {
  if (!selectDirty(ctx.store.getState())) return true;
  return window.confirm('The design has unsaved changes. Discard them?');
}

/** Shows a file problem (with its JSON path and line) in the error dialog. */
export function showProblem(ctx: ActionContext, file: string, problem: { path: string; message: string; line?: number; column?: number }): void {
  const where = problem.line ? ` (line ${problem.line}${problem.column ? `, column ${problem.column}` : ''})` : '';
  ctx.store.getState().setUi({
    dialog: { type: 'error', title: `Cannot open ${file.split(/[\\/]/).pop() || 'the file'}`, message: `${problem.path}: ${problem.message}${where}`, detail: file ? `File: ${file}. Nothing was changed.` : undefined },
  });
}

/** Parses design text and loads it; a bad file shows its first problem and leaves the current design alone. */
export function openText(ctx: ActionContext, text: string, path: string | undefined, options: { dirty?: boolean } = {}): boolean {
  // Marks let the benchmark split opening into parse and render.
  performance.mark('ha:open:start');
  const r = parseDesign(text);
  performance.mark('ha:open:parsed');
  if (!r.ok) { showProblem(ctx, path ?? '', r.problem); return false; }
  ctx.store.getState().load(r.design, path);
  if (options.dirty) ctx.store.setState({ savedHead: -1 });
  fitAfterLoad(ctx.flow, r.design.nodes.length);
  return true;
}

/** Handles what the host returned for `file:open`. */
export function handleOpenResult(ctx: ActionContext, result: OpenResult): boolean {
  if (result.ok) return openText(ctx, result.text, result.path);
  if ('canceled' in result) return false;
  showProblem(ctx, result.path, result.problem);
  return false;
}

/** Opens a file by path (in-app dialog, recent files, Electron menu). */
export async function openPath(ctx: ActionContext, path: string): Promise<boolean> {
  if (!confirmDiscard(ctx)) return false;
  return handleOpenResult(ctx, await ctx.api.invoke('file:open', { path }));
}

/** Saves the design to `path`, or asks where (native dialog in Electron; the in-app dialog otherwise). */
export async function saveDesignTo(ctx: ActionContext, path: string | undefined): Promise<boolean> {
  const s = ctx.store.getState();
  if (path === undefined && s.host === 'web') { s.setUi({ dialog: { type: 'save' } }); return false; }
  const design = s.design;
  const r = await ctx.api.invoke('file:save', { path, text: serializeDesign(design), suggestedName: `${design.id}.ha.json` });
  if (!r.ok) {
    if (!r.canceled) s.toast('error', `Not saved: ${r.error ?? 'unknown error'}`);
    return false;
  }
  // Only what was written counts as saved: edits made during the write stay dirty.
  if (ctx.store.getState().design === design) ctx.store.getState().markSaved(r.path);
  else ctx.store.setState({ path: r.path });
  s.toast('success', `Saved ${r.path.split(/[\\/]/).pop()}`);
  void ctx.api.invoke('file:discard-recovery', {}).catch(() => undefined);
  return true;
}
