// Every action, by id; `performAction` is the one entry point for menus, shortcuts, buttons and the native menu.
import { about } from './about';
import { autoLayout } from './auto-layout';
import { copy } from './copy';
import { cut } from './cut';
import { deleteSelection } from './delete';
import { deselect } from './deselect';
import { exportPng } from './export-png';
import { exportSvg } from './export-svg';
import { newDesign } from './new';
import { newFromTemplate } from './new-from-template';
import { open } from './open';
import { openRecent } from './open-recent';
import { paste } from './paste';
import { redo } from './redo';
import { save } from './save';
import { saveAs } from './save-as';
import { selectAll } from './select-all';
import { toggleMinimap } from './toggle-minimap';
import { toggleBottomPanel } from './toggle-panel';
import { toggleSnap } from './toggle-snap';
import { undo } from './undo';
import { zoomIn, zoomOut, zoomToFit } from './zoom';
import type { Action, ActionContext } from './types';
import { IAC_ACTIONS } from '../features/iac/actions';

export const ACTIONS: readonly Action[] = [
  newDesign, newFromTemplate, open, openRecent, save, saveAs, exportPng, exportSvg,
  undo, redo, cut, copy, paste, deleteSelection, selectAll, deselect,
  zoomToFit, zoomIn, zoomOut, toggleMinimap, toggleSnap, toggleBottomPanel, autoLayout, about,
  ...IAC_ACTIONS,
];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function actionById(id: string): Action | undefined {
  return BY_ID.get(id);
}

/** Performs an action by id; failures become an error toast instead of an unhandled rejection. */
export async function performAction(ctx: ActionContext, id: string, arg?: string): Promise<void> {
  const action = BY_ID.get(id);
  if (!action) { ctx.store.getState().toast('error', `Unknown action "${id}"`); return; }
  if (action.enabled && !action.enabled(ctx.store.getState())) return;
  try {
    await action.perform(ctx, arg);
  } catch (err) {
    ctx.store.getState().toast('error', `${action.label.replace(/…$/, '')} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
