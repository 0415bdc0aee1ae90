// Edit › Cut: copy, then delete (one undo step).
import { copy } from './copy';
import { deleteSelection } from './delete';
import type { Action } from './types';

export const cut: Action = {
  id: 'edit.cut', label: 'Cut', shortcut: ['Mod+X'],
  enabled: (s) => s.selected.size > 0,
  perform(ctx) {
    void copy.perform(ctx);
    void deleteSelection.perform(ctx);
  },
};
