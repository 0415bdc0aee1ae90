// Export preview: the files of a Terraform folder or CloudFormation template(s), one tab each, with copy, download and save-to-folder.
import { useMemo, useState } from 'react';
import { exportCloudFormation } from '../../../src/iac/export/cloudformation';
import { exportTerraform } from '../../../src/iac/export/terraform';
import { appContext } from '../../actions/context';
import { Modal } from '../../files/Modal';
import { useApp } from '../../store';
import { iacStore } from './store';

const close = () => iacStore.getState().open(null);

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export dialog for one format. */
export function ExportDialog({ format }: { readonly format: 'terraform' | 'cloudformation' }) {
  const design = useApp((s) => s.design);
  const current = useApp((s) => s.path);
  const files = useMemo(() => (format === 'terraform' ? exportTerraform(design) : exportCloudFormation(design)), [design, format]);
  const names = Object.keys(files);
  const [tab, setTab] = useState(names.find((n) => n === 'network.tf' || n.endsWith('.yaml')) ?? names[0]!);
  const shown = files[tab] !== undefined ? tab : names[0]!;
  const dir = (current ?? '').replace(/[^\\/]*$/, '');
  const [path, setPath] = useState(`${dir}${design.id}-${format === 'terraform' ? 'terraform' : 'cloudformation'}`);
  const [busy, setBusy] = useState(false);
  const toast = appContext.store.getState().toast;

  const save = async () => {
    setBusy(true);
    const r = await appContext.api.invoke('iac:save-export', { path: path.trim(), files });
    setBusy(false);
    if (r.ok) { toast('info', `Saved ${r.written.length} file${r.written.length === 1 ? '' : 's'} to ${r.path}`); close(); }
    else toast('error', r.error);
  };
  const copy = async () => {
    try { await navigator.clipboard.writeText(files[shown]!); toast('info', `Copied ${shown}`); } catch { toast('error', 'The clipboard is not available here.'); }
  };

  return (
    <Modal title={format === 'terraform' ? 'Export Terraform (AWS provider ~> 6.0)' : 'Export CloudFormation'} testId="iac-export" onClose={close} footer={
      <>
        <button type="button" onClick={() => { for (const n of names) download(n, files[n]!); }} data-testid="iac-download">Download {names.length > 1 ? 'all' : ''}</button>
        <button type="button" onClick={close}>Close</button>
        <button type="button" className="is-primary" disabled={busy || !path.trim()} onClick={() => void save()} data-testid="iac-save">Save to folder</button>
      </>
    }>
      <div className="iac-tabs" role="tablist">
        {names.map((n) => <button type="button" role="tab" key={n} aria-selected={n === shown} className={n === shown ? 'is-active' : ''} onClick={() => setTab(n)} data-testid="iac-tab">{n}</button>)}
      </div>
      <div className="iac-preview">
        <button type="button" className="iac-copy" onClick={() => void copy()} data-testid="iac-copy">Copy</button>
        <pre data-testid="iac-preview">{files[shown]}</pre>
      </div>
      <label className="ha-field">
        <span>Folder on the machine running HA Architect</span>
        <input value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} data-testid="iac-path" />
      </label>
    </Modal>
  );
}
