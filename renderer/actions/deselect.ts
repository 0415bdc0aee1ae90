// Edit › Deselect: clears the selection (the inspector shows the design).
import type { Action } from './types';

export const deselect: Action = {
  id: 'edit.deselect', label: 'Deselect', shortcut: ['Escape'],
  perform(ctx) {
    ctx.store.getState().clearSelection();
  },
};
