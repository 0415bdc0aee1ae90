// Findings grouped by severity, with click-to-focus on the resources involved. Plain props: the shell decides what focusing means.
import { memo, useMemo, useState } from 'react';
import type { Finding, Severity } from '../../../src/validate';

/** A finding as the panel needs it (the validator's Finding, or the store's copy of it). */
export type PanelFinding = Pick<Finding, 'rule' | 'severity' | 'resources' | 'message'> & { readonly fix?: string; readonly references?: readonly string[] };

export interface FindingsPanelProps {
  readonly findings: readonly PanelFinding[];
  /** Called with the resources of a finding (or one resource) the user clicked. */
  readonly onFocus?: (resourceIds: readonly string[]) => void;
  /** Display name of a node id (falls back to the id). */
  readonly nodeName?: (id: string) => string | undefined;
  /** True while a newer validation is running. */
  readonly validating?: boolean;
}

const GROUPS: readonly { readonly severity: Severity; readonly title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];
/** Rows rendered per group before "show more": keeps huge designs responsive. */
export const PAGE = 100;

const Row = memo(function Row({ f, onFocus, nodeName }: { readonly f: PanelFinding; readonly onFocus?: FindingsPanelProps['onFocus']; readonly nodeName?: FindingsPanelProps['nodeName'] }) {
  return (
    <li className={`hv-finding sev-${f.severity}`} data-testid="finding">
      <button type="button" className="hv-finding-main" onClick={() => onFocus?.(f.resources)} title="Show on the canvas">
        <span className="hv-rule">{f.rule}</span>
        <span className="hv-message">{f.message}</span>
      </button>
      {f.fix && <div className="hv-fix"><strong>Fix:</strong> {f.fix}</div>}
      <div className="hv-resources">
        {f.resources.map((id) => (
          <button type="button" key={id} className="hv-chip" onClick={() => onFocus?.([id])}>{nodeName?.(id) ?? id}</button>
        ))}
        {f.references?.length ? <span className="hv-refs">{f.references.join(' · ')}</span> : null}
      </div>
    </li>
  );
});

function Group({ title, items, onFocus, nodeName }: { readonly title: string; readonly items: readonly PanelFinding[] } & Pick<FindingsPanelProps, 'onFocus' | 'nodeName'>) {
  const [shown, setShown] = useState(PAGE);
  return (
    <details className="hv-group" open>
      <summary>{title} <span className="hv-count">{items.length}</span></summary>
      <ul className="hv-list">
        {items.slice(0, shown).map((f, i) => <Row key={`${f.rule}:${f.resources.join(',')}:${i}`} f={f} onFocus={onFocus} nodeName={nodeName} />)}
      </ul>
      {items.length > shown && <button type="button" className="hv-more" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, items.length - shown)} more of {items.length - shown}</button>}
    </details>
  );
}

/** The findings panel. */
export function FindingsPanel({ findings, onFocus, nodeName, validating }: FindingsPanelProps) {
  const [filter, setFilter] = useState('');
  const grouped = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const match = (f: PanelFinding) => !q || f.rule.includes(q) || f.message.toLowerCase().includes(q) || f.resources.some((r) => r.toLowerCase().includes(q));
    return GROUPS.map((g) => ({ ...g, items: findings.filter((f) => f.severity === g.severity && match(f)) }));
  }, [findings, filter]);
  return (
    <div className="hv-findings" data-testid="findings-panel">
      <div className="hv-toolbar">
        <input type="search" placeholder="Filter findings (rule, text, resource)" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter findings" />
        {validating && <span className="hv-busy" aria-live="polite">validating…</span>}
      </div>
      {findings.length === 0 && !validating && <p className="hv-empty">No findings: no single point of failure or HA anti-pattern found.</p>}
      {grouped.filter((g) => g.items.length).map((g) => <Group key={g.severity} title={g.title} items={g.items} onFocus={onFocus} nodeName={nodeName} />)}
    </div>
  );
}
