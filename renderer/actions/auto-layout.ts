// Arrange › Auto-layout (elkjs): the selected containers' contents, or the whole design; one undo step.
import { isContainer } from '../../src/model';
import type { Action } from './types';

export const autoLayout: Action = {
  id: 'view.autoLayout', label: 'Auto-layout', shortcut: ['Mod+Shift+L'],
  async perform(ctx) {
    const s = ctx.store.getState();
    const design = s.design;
    const roots = design.nodes.filter((n) => s.selected.has(n.id) && isContainer(n)).map((n) => n.id);
    // elkjs is large: loaded on first use, not at startup.
    const { layoutDesign } = await import('../../src/layout/layout');
    const changes = await layoutDesign(design, roots.length ? { roots } : {});
    if (ctx.store.getState().design !== design) return; // edited meanwhile: the layout is stale
    ctx.store.getState().apply(changes, { label: 'Auto-layout' });
    if (!roots.length) requestAnimationFrame(() => void ctx.flow()?.fitView({ padding: 0.1, duration: 200 }));
  },
};
