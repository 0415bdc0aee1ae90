// Import from cloud: the Sandbox, an AWS profile (one or more regions) or a custom endpoint, optionally one tag's resources.
import { useState } from 'react';
import { appContext } from '../../actions/context';
import { Modal } from '../../files/Modal';
import { loadImported } from './load';
import { iacStore } from './store';

const close = () => iacStore.getState().open(null);

/** The import-from-cloud dialog. */
export function CloudDialog() {
  const [kind, setKind] = useState<'sandbox' | 'aws' | 'endpoint'>('sandbox');
  const [endpoint, setEndpoint] = useState('');
  const [profile, setProfile] = useState('');
  const [regions, setRegions] = useState('us-east-1');
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const list = regions.split(/[\s,]+/).filter(Boolean);
    const eq = tag.indexOf('=');
    if (tag.trim() && eq <= 0) { setError('The tag filter is key=value, e.g. team=shop.'); return; }
    const target = kind === 'sandbox'
      ? { kind, ...(endpoint.trim() ? { endpoint: endpoint.trim() } : {}) }
      : kind === 'aws' ? { kind, ...(profile.trim() ? { profile: profile.trim() } : {}) }
        : { kind, endpoint: endpoint.trim(), ...(profile.trim() ? { profile: profile.trim() } : {}) };
    setBusy(true);
    setError(null);
    try {
      const r = await appContext.api.invoke('iac:discover', { target, regions: list, ...(tag.trim() ? { tag: { key: tag.slice(0, eq).trim(), value: tag.slice(eq + 1).trim() } } : {}) });
      if (!r.ok) setError(r.error);
      else loadImported(appContext, r, kind === 'aws' ? `AWS ${list.join(', ')}` : kind === 'sandbox' ? 'the Sandbox' : endpoint);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Import from cloud" testId="iac-cloud" onClose={close} footer={
      <>
        <button type="button" onClick={close}>Cancel</button>
        <button type="button" className="is-primary" disabled={busy || !regions.trim() || (kind === 'endpoint' && !endpoint.trim())} onClick={() => void submit()} data-testid="iac-cloud-ok">{busy ? 'Reading…' : 'Import'}</button>
      </>
    }>
      <label className="ha-field">
        <span>Target</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="iac-target">
          <option value="sandbox">Sandbox</option>
          <option value="aws">AWS (profile)</option>
          <option value="endpoint">Custom endpoint</option>
        </select>
      </label>
      {kind !== 'aws' && <label className="ha-field"><span>Endpoint{kind === 'sandbox' ? ' (empty: the running Sandbox)' : ''}</span><input value={endpoint} onChange={(e) => setEndpoint(e.target.value)} placeholder="http://127.0.0.1:4566" spellCheck={false} /></label>}
      {kind !== 'sandbox' && <label className="ha-field"><span>Profile (empty: default credentials)</span><input value={profile} onChange={(e) => setProfile(e.target.value)} spellCheck={false} /></label>}
      <label className="ha-field"><span>Regions (comma separated)</span><input value={regions} onChange={(e) => setRegions(e.target.value)} spellCheck={false} data-testid="iac-regions" /></label>
      <label className="ha-field"><span>Only resources tagged (key=value, optional)</span><input value={tag} onChange={(e) => setTag(e.target.value)} placeholder="ha-architect:design=shop-prod" spellCheck={false} /></label>
      {error && <p className="ha-error" data-testid="iac-error">{error}</p>}
    </Modal>
  );
}
