// File › Import: paste or pick a CloudFormation template (YAML/JSON), a Terraform state, or `terraform show -json` output.
import { useState } from 'react';
import { appContext } from '../../actions/context';
import { Modal } from '../../files/Modal';
import { loadImported } from './load';
import { detectFormat, runImport } from './run-import';
import { iacStore } from './store';

const close = () => iacStore.getState().open(null);

/** The import dialog. */
export function ImportDialog() {
  const [text, setText] = useState('');
  const [file, setFile] = useState('pasted text');
  const [region, setRegion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    setText(await f.text());
    setFile(f.name);
    setError(null);
  };
  const submit = async () => {
    setBusy(true);
    const outcome = await runImport(text, file, region.trim() || undefined);
    setBusy(false);
    if (!outcome.ok) { setError(outcome.error); return; }
    loadImported(appContext, outcome.result, file);
  };

  return (
    <Modal title="Import CloudFormation or Terraform" testId="iac-import" onClose={close} footer={
      <>
        <button type="button" onClick={close}>Cancel</button>
        <button type="button" className="is-primary" disabled={busy || !text.trim()} onClick={() => void submit()} data-testid="iac-import-ok">{busy ? 'Importing…' : 'Import'}</button>
      </>
    }>
      <p className="ha-muted">A CloudFormation template (YAML or JSON), a Terraform state (<code>terraform.tfstate</code>) or <code>terraform show -json</code> output of a state or plan.</p>
      <label className="ha-field">
        <span>File</span>
        <input type="file" accept=".yaml,.yml,.json,.template,.tfstate" onChange={(e) => void pick(e.target.files?.[0])} data-testid="iac-file" />
      </label>
      <label className="ha-field">
        <span>…or paste it here{text.trim() ? ` (${detectFormat(text) === 'terraform' ? 'Terraform' : 'CloudFormation'})` : ''}</span>
        <textarea className="iac-text" value={text} onChange={(e) => { setText(e.target.value); setFile('pasted text'); setError(null); }} spellCheck={false} data-testid="iac-text" />
      </label>
      <label className="ha-field">
        <span>Region for resources that name none (optional, e.g. eu-west-1)</span>
        <input value={region} onChange={(e) => setRegion(e.target.value)} spellCheck={false} />
      </label>
      {error && <p className="ha-error" data-testid="iac-error">{error}</p>}
    </Modal>
  );
}
