// View › Minimap on/off.
import type { Action } from './types';

export const toggleMinimap: Action = {
  id: 'view.toggleMinimap', label: 'Toggle minimap', shortcut: ['M'],
  perform(ctx) {
    const s = ctx.store.getState();
    s.setUi({ minimap: !s.minimap });
  },
};
