// Edit › Copy: the selected nodes with their contents and the edges among them.
import { copySelection } from './clipboard';
import type { Action } from './types';

export const copy: Action = {
  id: 'edit.copy', label: 'Copy', shortcut: ['Mod+C'],
  enabled: (s) => s.selected.size > 0,
  perform(ctx) {
    const s = ctx.store.getState();
    const clip = copySelection(s.design, s.selected);
    if (clip) s.setUi({ clipboard: clip });
  },
};
