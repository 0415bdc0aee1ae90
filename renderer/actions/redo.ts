// Edit › Redo.
import type { Action } from './types';

export const redo: Action = {
  id: 'edit.redo', label: 'Redo', shortcut: ['Mod+Shift+Z', 'Mod+Y'],
  enabled: (s) => s.future.length > 0,
  perform(ctx) {
    ctx.store.getState().redo();
  },
};
