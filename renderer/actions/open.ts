// File › Open: the native dialog in Electron; the in-app Open dialog (path + recent files) in the browser.
import { confirmDiscard, handleOpenResult } from '../files/ops';
import type { Action } from './types';

export const open: Action = {
  id: 'file.open', label: 'Open…', shortcut: ['Mod+O'],
  async perform(ctx) {
    const s = ctx.store.getState();
    if (s.host !== 'electron') { s.setUi({ dialog: { type: 'open' } }); return; }
    if (!confirmDiscard(ctx)) return;
    handleOpenResult(ctx, await ctx.api.invoke('file:open', {}));
  },
};
