// The incident timeline: newest first, each entry linked to its node (click → select and bring into view).
// Rows are memoised by entry: a new entry renders one row, not the last 200 again.
import { memo } from 'react';
import type { TimelineEntry } from '../../../src/health/types';
import { clockTime } from './age';

const ICON: Record<TimelineEntry['severity'], string> = { critical: '●', warning: '▲', info: '○', recovery: '✔' };

const Row = memo(function Row({ e, onFocus, name }: {
  readonly e: TimelineEntry; readonly onFocus: ((nodeId: string) => void) | undefined; readonly name: string | undefined;
}) {
  return (
    <li className={`hh-entry hh-sev-${e.severity}`} data-kind={e.kind}>
      <time dateTime={e.at}>{clockTime(e.at)}</time>
      <span className="hh-sev" aria-label={e.severity}>{ICON[e.severity]}</span>
      {e.nodeId && onFocus ? (
        <button type="button" className="hh-link" onClick={() => onFocus(e.nodeId!)} title={`Show ${name ?? e.nodeId} on the canvas`}>{e.title}</button>
      ) : <span>{e.title}</span>}
      {e.detail && <span className="hh-detail">{e.detail}</span>}
    </li>
  );
});

export function Timeline({ entries, onFocus, nodeName, limit = 200, large = false }: {
  readonly entries: readonly TimelineEntry[];
  readonly onFocus?: (nodeId: string) => void;
  readonly nodeName: (id: string) => string | undefined;
  readonly limit?: number;
  readonly large?: boolean;
}) {
  const shown = entries.slice(-limit).reverse();
  if (!shown.length) return <p className="hh-muted">No incidents yet.</p>;
  return (
    <ol className={`hh-timeline${large ? ' is-large' : ''}`} data-testid="health-timeline">
      {shown.map((e) => <Row key={e.id} e={e} onFocus={onFocus} name={e.nodeId ? nodeName(e.nodeId) : undefined} />)}
    </ol>
  );
}
