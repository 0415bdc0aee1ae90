// File › Export › PNG: the diagram rendered from the model, rasterised at 2×.
import { designToSvg, embedIcons } from '../export/svg';
import { svgToPngBase64 } from '../export/png';
import { saveImage } from '../export/save-image';
import type { Action } from './types';

export const exportPng: Action = {
  id: 'file.exportPng', label: 'Export PNG…', shortcut: ['Mod+Shift+E'],
  async perform(ctx) {
    const design = ctx.store.getState().design;
    const png = await svgToPngBase64(designToSvg(design, await embedIcons(design)));
    await saveImage(ctx, 'png', png);
  },
};
