// What-if: pick a resource, an AZ or a region to lose and see the blast radius (failed, degraded, taking over, entry points, recovery).
import { useEffect, useMemo, useState } from 'react';
import type { Design } from '../../../src/model';
import { formatSeconds, simulateFailure, type FailureDomain, type WhatIfResult } from '../../../src/validate';

export interface WhatIfPanelProps {
  readonly design: Design;
  readonly onFocus?: (resourceIds: readonly string[]) => void;
  /** Called with each new result (or undefined when cleared), e.g. to tint the canvas. */
  readonly onResult?: (result: WhatIfResult | undefined) => void;
}

const FAILABLE = new Set(['instance', 'database', 'natGateway', 'autoScalingGroup', 'vpnConnection', 'transitGateway', 'vpcPeering', 'loadBalancer', 'subnet']);

/** The choices: every region, every AZ, and the resources that can fail on their own. */
export function domainChoices(design: Design): { readonly value: string; readonly label: string; readonly group: string; readonly domain: FailureDomain }[] {
  const regions = [...new Set(design.nodes.flatMap((n) => (n.kind === 'region' ? [n.region] : [])))].sort();
  const zones = [...new Set(design.nodes.flatMap((n) => (n.kind === 'az' ? [n.zone] : [])))].sort();
  return [
    ...regions.map((region) => ({ value: `region:${region}`, label: region, group: 'Region', domain: { type: 'region', region } as const })),
    ...zones.map((zone) => ({ value: `az:${zone}`, label: zone, group: 'Availability zone', domain: { type: 'az', zone } as const })),
    ...design.nodes.filter((n) => FAILABLE.has(n.kind)).map((n) => ({
      value: `resource:${n.id}`, label: `${n.name}${n.name === n.id ? '' : ` (${n.id})`}${n.kind === 'autoScalingGroup' ? ' — one instance' : ''}`, group: 'Resource', domain: { type: 'resource', id: n.id } as const,
    })),
  ];
}

function Ids({ ids, onFocus }: { readonly ids: readonly string[]; readonly onFocus?: WhatIfPanelProps['onFocus'] }) {
  if (!ids.length) return <span className="hv-muted">none</span>;
  return <>{ids.map((id) => <button type="button" key={id} className="hv-chip" onClick={() => onFocus?.([id])}>{id}</button>)}</>;
}

/** The what-if panel. */
export function WhatIfPanel({ design, onFocus, onResult }: WhatIfPanelProps) {
  const choices = useMemo(() => domainChoices(design), [design]);
  const [value, setValue] = useState('');
  const choice = choices.find((c) => c.value === value);
  const result = useMemo(() => (choice ? simulateFailure(design, choice.domain) : undefined), [design, choice]);
  // Reported on every change of the result, including re-simulation after the design was edited.
  useEffect(() => onResult?.(result), [result, onResult]);
  const pick = (v: string) => setValue(v);
  const groups = ['Region', 'Availability zone', 'Resource'];
  return (
    <div className="hv-whatif" data-testid="whatif-panel">
      <label className="hv-toolbar">
        <span>Lose</span>
        <select value={value} onChange={(e) => pick(e.target.value)} aria-label="Failure to simulate">
          <option value="">— pick a region, AZ or resource —</option>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {choices.filter((c) => c.group === g).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      {result && (
        <div className="hv-blast" data-testid="whatif-result">
          <ul className="hv-eps">
            {result.entryPoints.length === 0 && <li className="hv-muted">No entry point (internet-facing load balancer or DNS record) in the design.</li>}
            {result.entryPoints.map((ep) => (
              <li key={ep.id} className={ep.up ? 'hv-up' : 'hv-down'} data-testid={`ep-${ep.id}`}>
                <strong>{ep.up ? 'UP' : 'DOWN'}</strong> <button type="button" className="hv-chip" onClick={() => onFocus?.(ep.brokenPath ?? [ep.id])}>{ep.name}</button>
                {ep.up ? (ep.recoverySeconds ? ` back to normal in ${formatSeconds(ep.recoverySeconds)}` : ' unaffected') : ` ${ep.brokenPath?.join(' → ')} — ${ep.reason}`}
              </li>
            ))}
          </ul>
          <dl className="hv-dl">
            <dt>Failed</dt><dd><Ids ids={result.failed} onFocus={onFocus} /></dd>
            <dt>Degraded</dt><dd><Ids ids={result.degraded} onFocus={onFocus} /></dd>
            <dt>Taking over</dt>
            <dd>{result.takingOver.length ? result.takingOver.map((t) => (
              <div key={`${t.id}|${t.mechanism}`}><button type="button" className="hv-chip" onClick={() => onFocus?.([t.id])}>{t.id}</button> {t.mechanism} ({formatSeconds(t.seconds)})</div>
            )) : <span className="hv-muted">nothing</span>}</dd>
            <dt>Recovery</dt><dd>{result.recoverySeconds === null ? 'not without manual work' : formatSeconds(result.recoverySeconds)}</dd>
          </dl>
        </div>
      )}
    </div>
  );
}
