// Edit › Undo: reverts the last user action (every change, property edits included).
import type { Action } from './types';

export const undo: Action = {
  id: 'edit.undo', label: 'Undo', shortcut: ['Mod+Z'],
  enabled: (s) => s.past.length > 0,
  perform(ctx) {
    ctx.store.getState().undo();
  },
};
