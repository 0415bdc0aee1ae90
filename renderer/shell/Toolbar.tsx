// The toolbar: file commands, edit, view, the design name with a dirty marker, and the validation summary.
import { memo } from 'react';
import { actionById, performAction } from '../actions/registry';
import { appContext } from '../actions/context';
import { showChord } from '../actions/keyboard';
import { selectDirty, useApp } from '../store';
import { Icon } from './icons';
import { IacToolbar } from '../features/iac/IacToolbar';

const Btn = memo(function Btn({ id, icon, disabled }: { readonly id: string; readonly icon: string; readonly disabled?: boolean }) {
  const a = actionById(id)!;
  const tip = a.shortcut ? `${a.label.replace(/…$/, '')} (${showChord(a.shortcut[0]!)})` : a.label;
  return (
    <button type="button" className="ha-tb-btn" title={tip} aria-label={a.label} disabled={disabled} data-testid={`tb-${id}`} onClick={() => void performAction(appContext, id)}>
      <Icon name={icon} />
    </button>
  );
});

function Title() {
  const name = useApp((s) => s.design.name);
  const path = useApp((s) => s.path);
  const dirty = useApp(selectDirty);
  return (
    <div className="ha-title" title={path ?? 'Not saved yet'} data-testid="title">
      <span className="ha-title-name">{name}</span>
      {dirty && <span className="ha-dirty" data-testid="dirty" title="Unsaved changes">●</span>}
      <span className="ha-title-path">{path ? path.split(/[\\/]/).pop() : 'unsaved'}</span>
    </div>
  );
}

function Findings() {
  const s = useApp((st) => st.summary);
  const busy = useApp((st) => st.validating);
  return (
    <button type="button" className="ha-findings-pill" data-testid="findings-summary" onClick={() => appContext.store.getState().setUi({ bottomOpen: true })}>
      <span className="ha-pill-error">{s.errors}</span><span className="ha-pill-warning">{s.warnings}</span>{busy ? <span className="ha-spin" /> : null}
    </button>
  );
}

export function Toolbar() {
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const hasSel = useApp((s) => s.selected.size > 0);
  const canPaste = useApp((s) => s.clipboard !== null);
  return (
    <header className="ha-toolbar" data-testid="toolbar">
      <div className="ha-brand"><span className="ha-logo">HA</span>Architect</div>
      <div className="ha-tb-group">
        <Btn id="file.new" icon="new" /><Btn id="file.newFromTemplate" icon="template" /><Btn id="file.open" icon="open" /><Btn id="file.save" icon="save" /><Btn id="file.saveAs" icon="saveAs" />
      </div>
      <div className="ha-tb-group">
        <Btn id="edit.undo" icon="undo" disabled={!canUndo} /><Btn id="edit.redo" icon="redo" disabled={!canRedo} />
        <Btn id="edit.cut" icon="cut" disabled={!hasSel} /><Btn id="edit.copy" icon="copy" disabled={!hasSel} /><Btn id="edit.paste" icon="paste" disabled={!canPaste} /><Btn id="edit.delete" icon="delete" disabled={!hasSel} />
      </div>
      <div className="ha-tb-group">
        <Btn id="view.zoomToFit" icon="fit" /><Btn id="view.autoLayout" icon="layout" /><Btn id="view.toggleMinimap" icon="minimap" /><Btn id="view.toggleSnap" icon="snap" />
      </div>
      <div className="ha-tb-group">
        <Btn id="file.exportPng" icon="png" /><Btn id="file.exportSvg" icon="svg" />
      </div>
      <IacToolbar />
      <Title />
      <Findings />
    </header>
  );
}
