// Game days on the Sandbox: break a zone, a region, an instance, the DB primary or a tunnel, or inject API errors;
// see the validator's prediction beside what the monitor observes on the same drawing.
import { useMemo, useState } from 'react';
import type { Design } from '../../../src/model';
import type { GameDayParam } from '../../../src/ipc/channels/health';
import type { NodeHealth } from '../../../src/health/types';
import { useHealth, type GameDayRun } from './store';

const SERVICES = ['ec2', 'elbv2', 'rds', 'autoscaling', 'cloudwatch'] as const;

function Observed({ ids, nodes, nodeName, expect, onFocus }: {
  readonly ids: readonly string[]; readonly nodes: ReadonlyMap<string, NodeHealth>; readonly nodeName: (id: string) => string;
  readonly expect: 'down' | 'degraded'; readonly onFocus: (id: string) => void;
}) {
  if (!ids.length) return <span className="hh-muted">none</span>;
  return (
    <ul className="hh-compare">
      {ids.map((id) => {
        const seen = nodes.get(id)?.state ?? 'unknown';
        const match = seen === expect || (expect === 'degraded' && seen === 'down');
        return (
          <li key={id}>
            <button type="button" className="hh-link" onClick={() => onFocus(id)}>{nodeName(id)}</button>
            <span className={`hh-state hh-${seen}`} data-testid={`observed-${id}`}>{seen}</span>
            <span className={match ? 'hh-match' : 'hh-miss'}>{match ? '= predicted' : `predicted ${expect}`}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Prediction({ run, design, onFocus }: { readonly run: GameDayRun; readonly design: Design; readonly onFocus: (id: string) => void }) {
  const nodes = useHealth((s) => s.nodes);
  const nodeName = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
  const p = run.prediction;
  return (
    <div className="hh-prediction" data-testid="gameday-prediction">
      <h4>{run.label} <span className="hh-muted">at {new Date(run.at).toLocaleTimeString()}</span></h4>
      {!p ? <p className="hh-muted">No prediction for this action (API errors blind the monitor; they break nothing).</p> : (
        <div className="hh-columns">
          <div><h5>Predicted lost → observed</h5><Observed ids={p.failed} nodes={nodes} nodeName={nodeName} expect="down" onFocus={onFocus} /></div>
          <div><h5>Predicted degraded → observed</h5><Observed ids={p.degraded} nodes={nodes} nodeName={nodeName} expect="degraded" onFocus={onFocus} /></div>
          <div>
            <h5>Entry points</h5>
            <ul className="hh-compare">{p.entryPoints.map((e) => (
              <li key={e.id}>{e.name}: predicted {e.up ? 'stays up' : 'down'}{e.recoverySeconds !== null && e.up ? ` (recovers in ${e.recoverySeconds} s)` : ''}; now <span className={`hh-state hh-${nodes.get(e.id)?.state ?? 'unknown'}`}>{nodes.get(e.id)?.state ?? 'unknown'}</span></li>
            ))}</ul>
            <p>Predicted recovery: {p.recoverySeconds === null ? 'not on its own' : `${p.recoverySeconds} s`}</p>
          </div>
        </div>
      )}
    </div>
  );
}

export function GameDayPanel({ design, selected, onRun, onClear, onFocus, disabled }: {
  readonly design: Design; readonly selected: string | undefined; readonly disabled: boolean;
  readonly onRun: (a: GameDayParam) => void; readonly onClear: (id?: string) => void; readonly onFocus: (id: string) => void;
}) {
  const zones = useMemo(() => [...new Set(design.nodes.flatMap((n) => (n.kind === 'az' ? [n.zone] : [])))].sort(), [design]);
  const regions = useMemo(() => [...new Set(design.nodes.flatMap((n) => (n.kind === 'region' ? [n.region] : [])))].sort(), [design]);
  const [zone, setZone] = useState('');
  const [service, setService] = useState<(typeof SERVICES)[number]>('ec2');
  const [rate, setRate] = useState(1);
  const faults = useHealth((s) => s.faults);
  const lastRun = useHealth((s) => s.lastRun);
  const node = design.nodes.find((n) => n.id === selected);
  const z = zone || zones[0] || '';
  return (
    <div className="hh-gameday" data-testid="gameday">
      <div className="hh-row">
        <label>Zone <select value={z} onChange={(e) => setZone(e.target.value)}>{zones.map((x) => <option key={x}>{x}</option>)}</select></label>
        <button type="button" disabled={disabled || !z} data-testid="gameday-fail-az" onClick={() => onRun({ kind: 'fail-az', zone: z })}>Fail AZ</button>
        {regions.map((r) => <button type="button" key={r} disabled={disabled} onClick={() => onRun({ kind: 'fail-region', region: r })}>Fail {r}</button>)}
      </div>
      <div className="hh-row">
        <span className="hh-muted">Selected: {node ? node.name : 'nothing (select a node on the canvas)'}</span>
        <button type="button" disabled={disabled || !(node?.kind === 'instance' || node?.kind === 'autoScalingGroup')} onClick={() => onRun({ kind: 'kill-instance', nodeId: node!.id })}>Kill instance</button>
        <button type="button" disabled={disabled || node?.kind !== 'database'} onClick={() => onRun({ kind: 'crash-db', nodeId: node!.id })}>Crash DB primary</button>
        <button type="button" disabled={disabled || node?.kind !== 'vpnConnection'} onClick={() => onRun({ kind: 'drop-tunnel', nodeId: node!.id, tunnel: 1 })}>Drop tunnel 1</button>
      </div>
      <div className="hh-row">
        <label>API errors on <select value={service} onChange={(e) => setService(e.target.value as typeof service)}>{SERVICES.map((s) => <option key={s}>{s}</option>)}</select></label>
        <label>rate <input type="number" min={0} max={1} step={0.1} value={rate} onChange={(e) => setRate(Math.min(1, Math.max(0, Number(e.target.value))))} /></label>
        <button type="button" disabled={disabled} onClick={() => onRun({ kind: 'api-errors', service, rate, code: 'Throttling' })}>Inject throttling</button>
      </div>
      <div className="hh-row">
        <strong>Active faults</strong>
        {faults.length === 0 ? <span className="hh-muted">none</span> : faults.map((f) => (
          <span key={f.id} className="hh-fault">{f.label} <button type="button" title="Clear this fault" onClick={() => onClear(f.id)}>✕</button></span>
        ))}
        <button type="button" disabled={disabled || faults.length === 0} onClick={() => onClear()}>Clear all</button>
      </div>
      {lastRun && <Prediction run={lastRun} design={design} onFocus={onFocus} />}
    </div>
  );
}
