// File › New from template: the template dialog lists `template:list`.
import type { Action } from './types';

export const newFromTemplate: Action = {
  id: 'file.newFromTemplate', label: 'New from template…', shortcut: ['Mod+Shift+N'],
  perform(ctx) {
    ctx.store.getState().setUi({ dialog: { type: 'template' } });
  },
};
