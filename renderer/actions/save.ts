// File › Save: to the current path, or Save As when the design has none.
import { saveDesignTo } from '../files/ops';
import type { Action } from './types';

export const save: Action = {
  id: 'file.save', label: 'Save', shortcut: ['Mod+S'],
  async perform(ctx) {
    await saveDesignTo(ctx, ctx.store.getState().path);
  },
};
