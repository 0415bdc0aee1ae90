// File › Save As: always asks where.
import { saveDesignTo } from '../files/ops';
import type { Action } from './types';

export const saveAs: Action = {
  id: 'file.saveAs', label: 'Save as…', shortcut: ['Mod+Shift+S'],
  async perform(ctx) {
    await saveDesignTo(ctx, undefined);
  },
};
