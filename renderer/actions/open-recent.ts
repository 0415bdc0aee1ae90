// File › Open Recent › <path> (the native menu passes the path as the argument).
import { openPath } from '../files/ops';
import type { Action } from './types';

export const openRecent: Action = {
  id: 'file.openRecent', label: 'Open recent',
  async perform(ctx, path) {
    if (path) await openPath(ctx, path);
    else ctx.store.getState().setUi({ dialog: { type: 'open' } });
  },
};
