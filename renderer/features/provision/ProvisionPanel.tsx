// The Provision panel: target picker (Sandbox | AWS profile + region | custom endpoint), identity, Plan,
// Apply / Destroy with confirmation, progress bar, elapsed time, and a filterable log.
import { useEffect, useMemo, useState } from 'react';
import type { ProvisionTargetParam } from '../../../src/ipc/channels/provision';
import { api } from '../../api';
import { appStore } from '../../store';
import { cancelRun, planNow, refreshIdentity, runNow } from './actions';
import { ensureProvisionBridge } from './bridge';
import { progressOf } from './reduce';
import { provisionStore, useProvision } from './store';

const SYMBOL: Record<string, string> = { create: '+', update: '~', replace: '-/+', delete: '-', noop: '', unsupported: '!' };

function TargetPicker() {
  const target = useProvision((s) => s.target);
  const set = (t: ProvisionTargetParam) => provisionStore.setState({ target: t, identity: null, plan: null });
  return (
    <div className="pv-target">
      <select aria-label="Target" value={target.kind} onChange={(e) => {
        const kind = e.target.value;
        set(kind === 'aws' ? { kind: 'aws' } : kind === 'endpoint' ? { kind: 'endpoint', endpoint: 'http://127.0.0.1:4566' } : { kind: 'sandbox' });
      }}>
        <option value="sandbox">Sandbox</option>
        <option value="aws">AWS (profile + region)</option>
        <option value="endpoint">Custom endpoint</option>
      </select>
      {target.kind !== 'sandbox' && (
        <>
          <input aria-label="Profile" placeholder="profile (default chain)" value={target.profile ?? ''} onChange={(e) => set({ ...target, profile: e.target.value || undefined })} />
          <input aria-label="Region" placeholder="region, e.g. us-east-1" value={target.region ?? ''} onChange={(e) => set({ ...target, region: e.target.value || undefined })} />
        </>
      )}
      {target.kind === 'endpoint' && <input aria-label="Endpoint" value={target.endpoint} onChange={(e) => set({ ...target, endpoint: e.target.value })} />}
    </div>
  );
}

function Elapsed({ since, until }: { readonly since: number | null; readonly until: number | null }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (since === null || until !== null) return;
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [since, until]);
  if (since === null) return null;
  return <span className="pv-elapsed">{(((until ?? now) - since) / 1000).toFixed(1)} s</span>;
}

/** The Provision bottom tab. */
export function ProvisionPanel() {
  useEffect(() => void ensureProvisionBridge(api, appStore), []);
  const { identity, plan, busy, error, ops, log, filter, done, startedAt, runId } = useProvision((s) => s);
  const [confirm, setConfirm] = useState<'apply' | 'destroy' | null>(null);
  const [parallelism, setParallelism] = useState(10);
  const progress = progressOf(ops);
  const running = runId !== null && done === null;
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? log.filter((l) => l.text.toLowerCase().includes(f) || l.level === f || l.nodeId === f) : log;
  }, [log, filter]);
  const acting = plan?.steps.filter((s) => s.action !== 'noop') ?? [];
  return (
    <div className="pv-panel" data-testid="provision-panel">
      <div className="pv-bar">
        <TargetPicker />
        <button disabled={busy} onClick={() => void refreshIdentity(api)}>Who am I?</button>
        <button disabled={busy || running} onClick={() => void planNow(api, appStore)}>Plan</button>
        <button disabled={busy || running} onClick={() => setConfirm('apply')}>Apply…</button>
        <button disabled={busy || running} onClick={() => setConfirm('destroy')}>Destroy…</button>
        <label>parallelism <input type="number" min={1} max={100} value={parallelism} onChange={(e) => setParallelism(Math.max(1, Math.min(100, Number(e.target.value) || 1)))} /></label>
        {running && <button onClick={() => void cancelRun(api)}>Cancel</button>}
        <Elapsed since={startedAt} until={done ? startedAt! + done.elapsedMs : null} />
      </div>
      {identity && <div className="pv-identity" data-testid="provision-identity">{identity.target} · account {identity.account} · {identity.arn} · {identity.region}</div>}
      {error && <div className="pv-error" role="alert">{error}</div>}
      {confirm && (
        <div className="pv-confirm" role="dialog" aria-label={`Confirm ${confirm}`}>
          {confirm === 'destroy' ? 'Delete everything carrying this design\'s tag' : 'Apply the plan'} on {identity?.target ?? 'the selected target'}?
          <button onClick={() => { const m = confirm; setConfirm(null); void runNow(api, appStore, m, parallelism); }}>Yes, {confirm}</button>
          <button onClick={() => setConfirm(null)}>No</button>
        </div>
      )}
      {progress.total > 0 && (
        <div className="pv-progress" aria-label="progress" data-finished={progress.finished} data-total={progress.total}>
          <div className={`pv-progress-fill${progress.failed ? ' pv-has-failed' : ''}`} style={{ width: `${(100 * progress.finished) / progress.total}%` }} />
          <span>{progress.finished}/{progress.total}{progress.failed ? ` · ${progress.failed} failed` : ''}{progress.running ? ` · ${progress.running} running` : ''}</span>
        </div>
      )}
      <div className="pv-columns">
        <div className="pv-plan">
          {plan && <div className="pv-summary">Plan ({plan.mode}): {plan.summary.add} to add, {plan.summary.change} to change, {plan.summary.replace} to replace, {plan.summary.destroy} to destroy{plan.summary.unsupported ? `, ${plan.summary.unsupported} not provisioned` : ''}{plan.resumes ? ' · resumes an interrupted run' : ''}</div>}
          {plan && acting.length === 0 && <div>No changes.</div>}
          <ul>
            {acting.map((s) => (
              <li key={`${s.action}:${s.nodeId}`} className={`pv-step pv-${s.action}`} title={s.changes.map((c) => `${c.property}${c.forcesReplacement ? ' (forces replacement)' : ''}`).join(', ')}>
                <code>{SYMBOL[s.action]}</code> {s.kind} <b>{s.name}</b> — {s.reason}
              </li>
            ))}
          </ul>
        </div>
        <div className="pv-log">
          <input aria-label="Filter log" placeholder="filter (text, node id, error)" value={filter} onChange={(e) => provisionStore.setState({ filter: e.target.value })} />
          <ol>
            {shown.slice(-500).map((l, i) => <li key={i} className={`pv-${l.level}`}><time>{l.at.slice(11, 19)}</time> {l.text}</li>)}
          </ol>
        </div>
      </div>
    </div>
  );
}
