// Edit › Delete: removes the selection with descendants, touching edges and dangling references (one undo step).
import { indexDesign, removalChanges } from '../../src/model';
import type { Action } from './types';

export const deleteSelection: Action = {
  id: 'edit.delete', label: 'Delete', shortcut: ['Delete', 'Backspace'],
  enabled: (s) => s.selected.size > 0,
  perform(ctx) {
    const s = ctx.store.getState();
    if (s.selected.size === 0) return;
    const changes = removalChanges(indexDesign(s.design), [...s.selected]);
    s.apply(changes, { label: `Delete ${s.selected.size} item${s.selected.size === 1 ? '' : 's'}` });
  },
};
