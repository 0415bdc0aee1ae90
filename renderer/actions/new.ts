// File › New: an empty design (after confirming unsaved changes).
import { emptyDesign, randomSuffix } from '../../src/model';
import { confirmDiscard } from '../files/ops';
import type { Action } from './types';

export const newDesign: Action = {
  id: 'file.new', label: 'New', shortcut: ['Mod+N'],
  perform(ctx) {
    if (!confirmDiscard(ctx)) return;
    ctx.store.getState().load(emptyDesign(`design-${randomSuffix()}`));
  },
};
