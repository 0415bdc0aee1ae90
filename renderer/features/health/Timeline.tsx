// The incident timeline: newest first, each entry linked to its node (click → select and bring into view).
import type { TimelineEntry } from '../../../src/health/types';

const ICON: Record<TimelineEntry['severity'], string> = { critical: '●', warning: '▲', info: '○', recovery: '✔' };

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
      {shown.map((e) => (
        <li key={e.id} className={`hh-entry hh-sev-${e.severity}`} data-kind={e.kind}>
          <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString()}</time>
          <span className="hh-sev" aria-label={e.severity}>{ICON[e.severity]}</span>
          {e.nodeId && onFocus ? (
            <button type="button" className="hh-link" onClick={() => onFocus(e.nodeId!)} title={`Show ${nodeName(e.nodeId) ?? e.nodeId} on the canvas`}>{e.title}</button>
          ) : <span>{e.title}</span>}
          {e.detail && <span className="hh-detail">{e.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
