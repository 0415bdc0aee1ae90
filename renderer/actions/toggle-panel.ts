// View › Bottom panel on/off.
import type { Action } from './types';

export const toggleBottomPanel: Action = {
  id: 'view.toggleBottomPanel', label: 'Toggle bottom panel', shortcut: ['Mod+J'],
  perform(ctx) {
    const s = ctx.store.getState();
    s.setUi({ bottomOpen: !s.bottomOpen });
  },
};
