// The palette: every node kind with its AWS icon, grouped; drag onto the canvas (HTML5 drag and drop) or click to add at the view centre.
import { memo, useState, type DragEvent } from 'react';
import { KIND_MIME } from '../canvas/Canvas';
import { getFlow } from '../canvas/flow-ref';
import { dropKind } from '../canvas/ops';
import { KINDS, type KindInfo } from '../kinds/catalog';
import { appStore } from '../store';

const GROUPS = [...new Set(KINDS.map((k) => k.group))];

function onDragStart(e: DragEvent, kind: string) {
  e.dataTransfer.setData(KIND_MIME, kind);
  e.dataTransfer.effectAllowed = 'copy';
}

function addAtCentre(info: KindInfo) {
  const flow = getFlow();
  const el = document.querySelector('.ha-canvas');
  if (!flow || !el) return;
  const r = el.getBoundingClientRect();
  dropKind(appStore, info.kind, flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
}

const Item = memo(function Item({ info }: { readonly info: KindInfo }) {
  return (
    <button type="button" className="ha-palette-item" draggable onDragStart={(e) => onDragStart(e, info.kind)} onDoubleClick={() => addAtCentre(info)}
      title={`${info.label} — ${info.hint}\nDrag onto the canvas (double-click: add at the centre).`} data-testid={`palette-${info.kind}`}>
      {info.icon ? <img src={info.icon} alt="" draggable={false} /> : <span className={`ha-palette-glyph glyph-${info.kind}`} />}
      <span>{info.label}</span>
    </button>
  );
});

export function Palette() {
  const [filter, setFilter] = useState('');
  const f = filter.trim().toLowerCase();
  return (
    <aside className="ha-palette" data-testid="palette">
      <input className="ha-palette-search" placeholder="Search resources" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Search resources" />
      <div className="ha-palette-scroll">
        {GROUPS.map((g) => {
          const items = KINDS.filter((k) => k.group === g && (!f || k.label.toLowerCase().includes(f) || k.hint.toLowerCase().includes(f)));
          if (!items.length) return null;
          return (
            <section key={g}>
              <h3>{g}</h3>
              <div className="ha-palette-grid">{items.map((k) => <Item key={k.kind} info={k} />)}</div>
            </section>
          );
        })}
      </div>
    </aside>
  );
}
