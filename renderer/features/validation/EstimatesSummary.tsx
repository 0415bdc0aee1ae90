// Availability, RTO and RPO estimates against the design's objectives.
import type { Objectives } from '../../../src/model';
import { formatSeconds, type Disruption, type Estimates } from '../../../src/validate';

export interface EstimatesSummaryProps {
  readonly estimates: Estimates | undefined;
  readonly objectives?: Objectives;
  readonly onFocus?: (resourceIds: readonly string[]) => void;
}

const CLASSES: readonly { readonly key: Disruption; readonly label: string }[] = [
  { key: 'instance', label: 'Instance' }, { key: 'az', label: 'AZ' }, { key: 'region', label: 'Region' },
];

function Verdict({ got, want }: { readonly got: number | null; readonly want: number | undefined }) {
  if (want === undefined) return <span className="hv-muted">no objective</span>;
  const met = got !== null && got <= want;
  return <span className={met ? 'hv-ok' : 'hv-bad'}>{met ? '✓' : '✗'} objective {formatSeconds(want)}</span>;
}

/** The estimates summary. */
export function EstimatesSummary({ estimates, objectives, onFocus }: EstimatesSummaryProps) {
  if (!estimates) return <div className="hv-estimates hv-muted">Estimates appear after the first validation.</div>;
  const target = objectives?.availabilityTarget;
  const a = estimates.availabilityPercent;
  return (
    <div className="hv-estimates" data-testid="estimates">
      <div className="hv-big">
        <span className="hv-big-value">{a === null ? '—' : `${a}%`}</span>
        <span className="hv-muted">{estimates.downtimeMinutesPerMonth === null ? 'no entry point to estimate' : `≈ ${estimates.downtimeMinutesPerMonth} min down / month (worst entry point)`}</span>
        {target !== undefined && a !== null && <span className={a >= target ? 'hv-ok' : 'hv-bad'}>{a >= target ? '✓' : '✗'} target {target}%</span>}
      </div>
      <table className="hv-table">
        <thead><tr><th>Lose</th><th>RTO</th><th /><th>RPO</th><th /></tr></thead>
        <tbody>
          {CLASSES.map((c) => (
            <tr key={c.key}>
              <td>{c.label}</td>
              <td>{formatSeconds(estimates.rtoSeconds[c.key])}</td>
              <td><Verdict got={estimates.rtoSeconds[c.key]} want={objectives?.rtoSeconds[c.key]} /></td>
              <td>{formatSeconds(estimates.rpoSeconds[c.key])}</td>
              <td><Verdict got={estimates.rpoSeconds[c.key]} want={objectives?.rpoSeconds[c.key]} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {estimates.entryPoints.length > 1 && (
        <ul className="hv-eps">
          {estimates.entryPoints.map((ep) => (
            <li key={ep.id}><button type="button" className="hv-chip" onClick={() => onFocus?.([ep.id])}>{ep.name}</button> {ep.availabilityPercent}% · RTO AZ {formatSeconds(ep.rtoSeconds.az)}</li>
          ))}
        </ul>
      )}
      <details className="hv-assumptions">
        <summary>Assumptions</summary>
        <ul>{estimates.assumptions.map((t) => <li key={t}>{t}</li>)}</ul>
      </details>
    </div>
  );
}
