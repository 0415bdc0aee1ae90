// The browser host's Open / Save As / Export dialog: a path field and the recent files (there is no native dialog in a browser).
import { useState, type FormEvent } from 'react';
import { appContext } from '../actions/context';
import { downloadImage, saveImage } from '../export/save-image';
import { appStore, useApp } from '../store';
import { Modal } from './Modal';
import { openPath, saveDesignTo } from './ops';

type Mode = { readonly type: 'open' } | { readonly type: 'save' } | { readonly type: 'export'; readonly format: 'png' | 'svg'; readonly data: string };

const close = () => appStore.getState().setUi({ dialog: null });

export function PathDialog({ mode }: { readonly mode: Mode }) {
  const recent = useApp((s) => s.recent);
  const current = useApp((s) => s.path);
  const id = useApp((s) => s.design.id);
  const dir = (current ?? recent[0] ?? '').replace(/[^\\/]*$/, '');
  const suggested = mode.type === 'open' ? '' : mode.type === 'save' ? current ?? `${dir}${id}.ha.json` : `${dir}${id}.${mode.format}`;
  const [path, setPath] = useState(suggested);
  const [busy, setBusy] = useState(false);
  const title = mode.type === 'open' ? 'Open design' : mode.type === 'save' ? 'Save design as' : `Export ${mode.format.toUpperCase()}`;

  const submit = async (e?: FormEvent, chosen = path) => {
    e?.preventDefault();
    if (!chosen.trim()) return;
    setBusy(true);
    close();
    if (mode.type === 'open') await openPath(appContext, chosen.trim());
    else if (mode.type === 'save') await saveDesignTo(appContext, chosen.trim());
    else await saveImage(appContext, mode.format, mode.data, chosen.trim());
    setBusy(false);
  };

  return (
    <Modal title={title} testId={`dialog-${mode.type}`} onClose={close} footer={
      <>
        {mode.type === 'export' && <button type="button" data-testid="dialog-download" onClick={() => { downloadImage(mode.format, mode.data, `${id}.${mode.format}`); close(); }}>Download</button>}
        <button type="button" onClick={close}>Cancel</button>
        <button type="submit" form="ha-path-form" className="is-primary" disabled={busy || !path.trim()} data-testid="dialog-ok">{mode.type === 'open' ? 'Open' : 'Save'}</button>
      </>
    }>
      <form id="ha-path-form" onSubmit={(e) => void submit(e)}>
        <label className="ha-field">
          <span>File path on the machine running HA Architect</span>
          <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/designs/shop.ha.json" data-testid="dialog-path" spellCheck={false} />
        </label>
      </form>
      {mode.type === 'open' && (
        <div className="ha-recent">
          <h4>Recent files</h4>
          {recent.length === 0 ? <p className="ha-muted">No recent files yet.</p> : (
            <ul>{recent.map((r) => <li key={r}><button type="button" data-testid="recent-item" title={r} onClick={() => void submit(undefined, r)}><strong>{r.split(/[\\/]/).pop()}</strong><span>{r}</span></button></li>)}</ul>
          )}
        </div>
      )}
    </Modal>
  );
}
