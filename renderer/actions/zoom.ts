// View › Zoom to fit / in / out.
import type { Action } from './types';

export const zoomToFit: Action = {
  id: 'view.zoomToFit', label: 'Zoom to fit', shortcut: ['Shift+1', 'F'],
  perform(ctx) {
    void ctx.flow()?.fitView({ padding: 0.1, duration: 200 });
  },
};

export const zoomIn: Action = {
  id: 'view.zoomIn', label: 'Zoom in', shortcut: ['Mod+=', '+'],
  perform(ctx) {
    void ctx.flow()?.zoomIn({ duration: 150 });
  },
};

export const zoomOut: Action = {
  id: 'view.zoomOut', label: 'Zoom out', shortcut: ['Mod+-', '-'],
  perform(ctx) {
    void ctx.flow()?.zoomOut({ duration: 150 });
  },
};
