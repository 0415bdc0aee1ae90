// The wall screen: read-only, large type, legible across a room — the design's regions and zones with every
// resource coloured by its live state, what is unhealthy and why, and the latest incidents.
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { Design } from '../../../src/model';
import type { NodeHealth } from '../../../src/health/types';
import { api } from '../../api';
import { appStore, useApp } from '../../store';
import { ageText, clockTime, useNow } from './age';
import { boardOf } from './board';
import { ensureHealthBridge } from './bridge';
import { healthTitle, STATE_WORDS } from './mirror';
import { useHealth, useNodeHealth } from './store';
import { Timeline } from './Timeline';
import { closeWall } from './wall-mode';
import './health.css';

const RANK: Record<string, number> = { down: 0, degraded: 1, stale: 2, unknown: 3, 'not-deployed': 4, ok: 5 };

function StaleAge({ h }: { readonly h: NodeHealth }) {
  const now = useNow();
  return <>stale {ageText(h.observedAt ?? h.since, now)}</>;
}

/** One resource: its own subscription, so a batch re-renders the tiles it changed; only stale tiles tick. */
const Tile = memo(function Tile({ id, name }: { readonly id: string; readonly name: string }) {
  const h = useNodeHealth(id);
  const state = h?.state ?? 'unknown';
  const was = h?.state === 'stale' && h.lastKnown ? ` hh-was-${h.lastKnown}` : '';
  return (
    <div className={`hw-tile hh-${state}${was}`} data-testid={`wall-${id}`} data-state={state} title={h ? healthTitle(h) : 'no data'}>
      <span className="hw-name">{name}</span>
      <span className="hw-state">{h?.state === 'stale' ? <StaleAge h={h} /> : STATE_WORDS[state]}</span>
    </div>
  );
});

function Clock() {
  const now = useNow();
  return <>{clockTime(new Date(now).toISOString())}</>;
}

function Unhealthy({ bad, name }: { readonly bad: readonly NodeHealth[]; readonly name: (id: string) => string }) {
  const now = useNow();
  if (bad.length === 0) return <p className="hw-calm">Nothing unhealthy.</p>;
  return (
    <ul className="hw-bad" data-testid="wall-unhealthy">
      {bad.slice(0, 12).map((h) => (
        <li key={h.nodeId} className={`hh-${h.state}`}><strong>{name(h.nodeId)}</strong> {STATE_WORDS[h.state]} for {ageText(h.since, now)}<br /><span>{h.reason}</span></li>
      ))}
    </ul>
  );
}

/** The wall screen, for the watched design (fetched when this page is a wall screen of its own). */
export function WallView({ standalone = false }: { readonly standalone?: boolean }) {
  useEffect(() => void ensureHealthBridge(api, appStore, () => undefined), []);
  const editing = useApp((s) => s.design);
  const status = useHealth((s) => s.status);
  const nodes = useHealth((s) => s.nodes);
  const timeline = useHealth((s) => s.timeline);
  const [fetched, setFetched] = useState<Design | null>(null);
  useEffect(() => {
    if (standalone) void api.invoke('health:design', {}).then(setFetched, () => undefined);
  }, [standalone, status?.designId]);
  const design = standalone ? fetched : editing;
  const board = useMemo(() => (design ? boardOf(design) : []), [design]);
  useEffect(() => {
    if (standalone) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') closeWall(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [standalone]);
  const names = useMemo(() => new Map(design?.nodes.map((n) => [n.id, n.name]) ?? []), [design]);
  const listed = useMemo(() => new Set(design?.nodes.filter((n) => n.kind !== 'subnet' && n.kind !== 'vpc').map((n) => n.id) ?? []), [design]);
  const name = useCallback((id: string) => names.get(id) ?? id, [names]);
  const bad = useMemo(() => [...nodes.values()].filter((h) => RANK[h.state]! <= 2 && listed.has(h.nodeId))
    .sort((a, b) => RANK[a.state]! - RANK[b.state]! || a.since.localeCompare(b.since)), [nodes, listed]);
  const worst = bad[0]?.state ?? (nodes.size ? 'ok' : 'unknown');
  return (
    <div className="hw-wall" data-testid="wall-view" role="region" aria-label="Wall screen">
      <header className={`hw-head hh-${worst}`}>
        <span className="hw-title">{design?.name ?? 'Nothing watched'}</span>
        <span className="hw-overall" data-testid="wall-overall">{worst === 'ok' ? 'ALL OK' : worst === 'unknown' ? 'NO DATA' : `${bad.length} UNHEALTHY`}</span>
        <span className="hw-meta">{status?.running ? status.target : 'not watching'} · <Clock /></span>
        {!standalone && <button type="button" className="hw-close" onClick={closeWall} title="Leave (Esc)">✕</button>}
      </header>
      <div className="hw-body">
        <div className="hw-board">
          {board.map((r) => (
            <section key={r.id} className="hw-region">
              <h2>{r.name}</h2>
              <div className="hw-zones">
                {r.zones.map((z) => (
                  <div key={z.id} className={`hw-zone hh-${nodes.get(z.id)?.state ?? 'unknown'}`}>
                    <h3>{z.name}</h3>
                    {z.nodes.map((n) => <Tile key={n.id} id={n.id} name={n.name} />)}
                  </div>
                ))}
                {r.regional.length > 0 && (
                  <div className="hw-zone hw-regional"><h3>Regional</h3>{r.regional.map((n) => <Tile key={n.id} id={n.id} name={n.name} />)}</div>
                )}
              </div>
            </section>
          ))}
        </div>
        <aside className="hw-side">
          <h2>Unhealthy</h2>
          <Unhealthy bad={bad} name={name} />
          <h2>Latest</h2>
          <Timeline entries={timeline} nodeName={name} limit={8} large />
        </aside>
      </div>
    </div>
  );
}
