// Edit › Paste: fresh ids, remapped references and edges, offset so each paste is visible; the pasted roots become the selection.
import { freshId } from '../canvas/ops';
import { pasteChanges } from './clipboard';
import type { Action } from './types';

export const paste: Action = {
  id: 'edit.paste', label: 'Paste', shortcut: ['Mod+V'],
  enabled: (s) => s.clipboard !== null,
  perform(ctx) {
    const s = ctx.store.getState();
    const clip = s.clipboard;
    if (!clip) return;
    const taken = new Set<string>();
    const kindOf = new Map(clip.nodes.map((n) => [n.id, n.kind]));
    const fresh = (old: string) => {
      let id: string;
      do id = freshId(ctx.store, kindOf.get(old)); while (taken.has(id));
      taken.add(id);
      return id;
    };
    const r = pasteChanges(s.design, clip, fresh, 24 * (clip.pasteCount + 1));
    if (!r.ok) { s.toast('error', r.reason); return; }
    if (s.apply(r.changes, { label: 'Paste' }).ok) {
      s.setUi({ clipboard: { ...clip, pasteCount: clip.pasteCount + 1 } });
      s.select(r.ids);
    }
  },
};
