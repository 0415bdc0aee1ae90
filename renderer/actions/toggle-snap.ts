// View › Snap to grid on/off.
import type { Action } from './types';

export const toggleSnap: Action = {
  id: 'view.toggleSnap', label: 'Toggle snap to grid', shortcut: ['G'],
  perform(ctx) {
    const s = ctx.store.getState();
    s.setUi({ snapToGrid: !s.snapToGrid });
  },
};
