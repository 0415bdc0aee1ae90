// Edit › Select All: every node and edge.
import type { Action } from './types';

export const selectAll: Action = {
  id: 'edit.selectAll', label: 'Select all', shortcut: ['Mod+A'],
  perform(ctx) {
    const s = ctx.store.getState();
    s.select([...s.design.nodes.map((n) => n.id), ...s.design.edges.map((e) => e.id)]);
  },
};
