// The Live tab: start/stop live mode on a target, status, the incident timeline with export, the game-day panel.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { HealthState } from '../../../src/health/types';
import type { HealthTargetParam } from '../../../src/ipc/channels/health';
import { api } from '../../api';
import { appStore, useApp } from '../../store';
import { focusNodes } from '../validation/tabs';
import { clearFaults, exportTimeline, gameDay, startLive, stopLive } from './actions';
import { ensureHealthBridge } from './bridge';
import { GameDayPanel } from './GameDayPanel';
import { HEALTH_ORDER, STATE_WORDS } from './mirror';
import { useHealth } from './store';
import { Timeline } from './Timeline';
import { openWall, useWallMode } from './wall-mode';
import { WallView } from './WallView';

/** How many nodes are in each state, worst first: the legend of the canvas's dots. */
function Counts() {
  const nodes = useHealth((s) => s.nodes);
  const counts = new Map<string, number>();
  for (const h of nodes.values()) counts.set(h.state, (counts.get(h.state) ?? 0) + 1);
  return (
    <span className="hh-counts" data-testid="health-counts">
      {HEALTH_ORDER.map((s) => (
        <span key={s} className={`hh-state hh-${s}`} data-state={s} title={LEGEND[s]}>
          <span className={`ha-health ha-health-${s}`} aria-hidden /> {counts.get(s) ?? 0} {STATE_WORDS[s]}
        </span>
      ))}
    </span>
  );
}

const LEGEND: Record<HealthState, string> = {
  down: 'not working', degraded: 'working with less', stale: 'no fresh data: the last known state, greyed, with its age (never counted as down)',
  unknown: 'not observed', ok: 'working as designed', 'not-deployed': 'no resource with this node\'s tags on the target (hollow dot)',
};

/** The timeline of the watched design (its own subscription: a new entry does not re-render the panel around it). */
function LiveTimeline({ onFocus, nodeName }: { readonly onFocus: (id: string) => void; readonly nodeName: (id: string) => string | undefined }) {
  const timeline = useHealth((s) => s.timeline);
  return <Timeline entries={timeline} onFocus={onFocus} nodeName={nodeName} />;
}

export function LivePanel() {
  useEffect(() => void ensureHealthBridge(api, appStore, (id) => focusNodes([id])), []);
  const wall = useWallMode();
  const design = useApp((s) => s.design);
  const selected = useApp((s) => (s.selected.size === 1 ? [...s.selected][0] : undefined));
  const live = useHealth((s) => s.live);
  const busy = useHealth((s) => s.busy);
  const status = useHealth((s) => s.status);
  const [kind, setKind] = useState<'sandbox' | 'aws' | 'endpoint'>('sandbox');
  const [endpoint, setEndpoint] = useState('');
  const [profile, setProfile] = useState('');
  const [region, setRegion] = useState('');
  const names = useMemo(() => new Map(design.nodes.map((n) => [n.id, n.name])), [design]);
  const nodeName = useCallback((id: string) => names.get(id), [names]);
  const focus = useCallback((id: string) => focusNodes([id]), []);
  const target = (): HealthTargetParam => kind === 'sandbox'
    ? { kind, ...(endpoint ? { endpoint } : {}) }
    : kind === 'aws' ? { kind, ...(profile ? { profile } : {}), ...(region ? { region } : {}) }
    : { kind, endpoint, ...(profile ? { profile } : {}), ...(region ? { region } : {}) };
  return (
    <div className="hh-live" data-testid="live-panel">
      <div className="hh-row">
        <label>Target <select value={kind} disabled={live} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="sandbox">Sandbox</option><option value="aws">AWS</option><option value="endpoint">Custom endpoint</option>
        </select></label>
        {kind !== 'aws' && <input placeholder={kind === 'sandbox' ? 'Sandbox endpoint (default: the running one)' : 'http://127.0.0.1:4566'} value={endpoint} disabled={live} onChange={(e) => setEndpoint(e.target.value)} />}
        {kind !== 'sandbox' && <input placeholder="profile" value={profile} disabled={live} onChange={(e) => setProfile(e.target.value)} />}
        {kind !== 'sandbox' && <input placeholder="region" value={region} disabled={live} onChange={(e) => setRegion(e.target.value)} />}
        {live
          ? <button type="button" disabled={busy} data-testid="live-stop" onClick={() => void stopLive(api, appStore)}>Stop live mode</button>
          : <button type="button" disabled={busy} data-testid="live-start" className="hh-primary" onClick={() => void startLive(api, appStore, target())}>Start live mode</button>}
        <button type="button" onClick={openWall} title="Full-screen, read-only ops view for a wall screen">Wall screen</button>
        {live && <Counts />}
        {status?.running && <span className="hh-muted" data-testid="health-status">{status.target} · every {(status.intervalMs / 1000).toFixed(1)} s{status.problem ? ` · problem: ${status.problem}` : ''}</span>}
      </div>
      <div className="hh-columns">
        <section className="hh-col">
          <div className="hh-row"><h4>Incident timeline</h4>
            <button type="button" disabled={!live} onClick={() => void exportTimeline(api, appStore, 'markdown')}>Export Markdown</button>
            <button type="button" disabled={!live} onClick={() => void exportTimeline(api, appStore, 'json')}>Export JSON</button>
          </div>
          <LiveTimeline onFocus={focus} nodeName={nodeName} />
        </section>
        <section className="hh-col">
          <h4>Game day (Sandbox)</h4>
          {status?.running && !status.sandbox ? <p className="hh-muted">Game days run only on the Sandbox.</p> : (
            <GameDayPanel design={design} selected={selected} disabled={!live || busy} onFocus={focus}
              onRun={(a) => void gameDay(api, appStore, a)} onClear={(id) => void clearFaults(api, appStore, id)} />
          )}
        </section>
      </div>
      {wall && createPortal(<WallView />, document.body)}
    </div>
  );
}
