// File › Export › SVG: a standalone SVG with the icons embedded.
import { designToSvg, embedIcons } from '../export/svg';
import { saveImage } from '../export/save-image';
import type { Action } from './types';

export const exportSvg: Action = {
  id: 'file.exportSvg', label: 'Export SVG…',
  async perform(ctx) {
    const design = ctx.store.getState().design;
    await saveImage(ctx, 'svg', designToSvg(design, await embedIcons(design)));
  },
};
