// The bottom panel: tabs where feature panels mount (renderer/features.ts), resizable by its top edge.
import { useState } from 'react';
import { BOTTOM_TABS } from '../features';
import { appStore, useApp } from '../store';
import { PanelResizer } from './PanelResizer';

export function BottomPanel() {
  const open = useApp((s) => s.bottomOpen);
  const tab = useApp((s) => s.bottomTab) ?? BOTTOM_TABS[0]?.id;
  const stored = useApp((s) => s.bottomHeight);
  const [dragging, setDragging] = useState<number | null>(null);
  const height = dragging ?? stored;
  const set = appStore.getState().setUi;
  const current = BOTTOM_TABS.find((t) => t.id === tab);
  return (
    <section className={`ha-bottom${open ? '' : ' is-closed'}${dragging !== null ? ' is-resizing' : ''}`} data-testid="bottom-panel" style={open ? { height } : undefined}>
      {open && <PanelResizer height={height} onDrag={setDragging} />}
      <nav className="ha-tabs">
        {BOTTOM_TABS.map((t) => (
          <button type="button" key={t.id} className={t.id === tab ? 'is-active' : ''} data-testid={`tab-${t.id}`} onClick={() => set({ bottomTab: t.id, bottomOpen: true })}>{t.title}</button>
        ))}
        {BOTTOM_TABS.length === 0 && <span className="ha-tabs-empty">Panels</span>}
        <button type="button" className="ha-tabs-toggle" title={open ? 'Hide panel' : 'Show panel'} onClick={() => set({ bottomOpen: !open })}>{open ? '▾' : '▴'}</button>
      </nav>
      {open && <div className="ha-bottom-body">{current ? <current.component /> : <p className="ha-muted">Findings, what-if, provisioning and health panels appear here.</p>}</div>}
    </section>
  );
}
