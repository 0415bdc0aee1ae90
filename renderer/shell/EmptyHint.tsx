// The hint over an empty canvas: how to start (drag a Region, or a template / a file, with their keys).
// Never in the way: it takes no pointer events (a drop lands on the canvas beneath) and is gone with the first node.
import { showChord } from '../actions/keyboard';
import { actionById } from '../actions/registry';
import { useApp } from '../store';

function Keys({ action }: { readonly action: string }) {
  const chord = actionById(action)?.shortcut?.[0];
  return chord ? <kbd>{showChord(chord)}</kbd> : null;
}

export function EmptyHint() {
  const empty = useApp((s) => s.design.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="ha-empty-hint" data-testid="empty-hint" aria-live="polite">
      <div className="ha-empty-card">
        <strong>Drag a Region from the palette to start</strong>
        <span>(or double-click it in the palette), then a VPC into it, availability zones into the VPC, subnets into each zone.</span>
        <span>Or begin from a reference design: <b>New from template…</b> <Keys action="file.newFromTemplate" /> · <b>Open…</b> <Keys action="file.open" /></span>
      </div>
    </div>
  );
}
