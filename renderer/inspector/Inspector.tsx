// The inspector: edits every property of the selected node or edge, or the design itself when nothing is selected.
import { useCallback } from 'react';
import type { DesignChange } from '../../src/model';
import { indexDesign, kindLabel } from '../../src/model';
import { KIND_INFO, iconOf } from '../kinds/catalog';
import { copyText } from '../shell/copy-text';
import { Icon } from '../shell/icons';
import { appStore, useApp } from '../store';
import { Field } from './fields';
import { getIn, patchFor } from './paths';
import { takesCertificate } from './checks';
import { COMMON_FIELDS, DESIGN_FIELDS, EDGE_FIELDS, NODE_FIELDS } from './specs';

/** An id on one line (ellipsis when long, the whole id in the tooltip) with a button that copies it. */
function IdLine({ id, what }: { readonly id: string; readonly what: string }) {
  const copy = () => void copyText(id).then((ok) => {
    if (ok) appStore.getState().toast('info', `Copied ${id}`);
    else appStore.getState().toast('error', `Could not copy the id: select it and copy it by hand (${id})`);
  });
  return (
    <div className="ha-insp-idline">
      <span className="ha-insp-id" title={`${what}: ${id}`} data-testid="inspector-id">{id}</span>
      <button type="button" className="ha-insp-copy" title="Copy the id" aria-label={`Copy id ${id}`} onClick={copy} data-testid="inspector-copy-id"><Icon name="copy" size={12} /></button>
    </div>
  );
}

function commitChange(make: (value: unknown, key: string) => DesignChange, key: string, label: string) {
  return (value: unknown): string | undefined => {
    const r = appStore.getState().apply([make(value, key)], { label: `Edit ${label}`, toastOnError: false });
    return r.ok ? undefined : r.error.replace(/^update(Node|Edge|Design) [^:]*: /, '');
  };
}

function useSingleSelection(): string | undefined {
  return useApp((s) => (s.selected.size === 1 ? s.selected.values().next().value : undefined));
}

function NodeInspector({ id }: { readonly id: string }) {
  const design = useApp((s) => s.design);
  const index = indexDesign(design);
  const node = index.byId.get(id)!;
  const findings = useApp((s) => s.findings);
  const make = useCallback((value: unknown, key: string): DesignChange => {
    const cur = indexDesign(appStore.getState().design).byId.get(id);
    return { type: 'updateNode', id, patch: patchFor(cur, key, value) };
  }, [id]);
  const mine = findings.filter((f) => f.resources.includes(id));
  const icon = iconOf(node);
  return (
    <div data-testid="inspector-node">
      <div className="ha-insp-head">
        {icon && <img src={icon} alt="" />}
        <div className="ha-insp-title"><div className="ha-insp-kind">{KIND_INFO[node.kind].label}</div><IdLine id={node.id} what="Id (tagged on provisioned resources)" /></div>
      </div>
      {mine.length > 0 && (
        <ul className="ha-insp-findings" data-testid="inspector-findings">
          {mine.slice(0, 3).map((f, i) => <li key={i} className={`sev-${f.severity}`}><strong>{f.rule}</strong> {f.message}{f.fix ? <em> Fix: {f.fix}</em> : null}</li>)}
          {mine.length > 3 && <li className="ha-insp-more">{mine.length - 3} more in the Findings panel</li>}
        </ul>
      )}
      {[...NODE_FIELDS[node.kind], ...COMMON_FIELDS].map((spec) => (
        <Field key={`${id}:${spec.key}`} spec={spec} value={getIn(node, spec.key)} index={index} ownerId={id} commit={commitChange(make, spec.key, spec.label)} />
      ))}
    </div>
  );
}

function EdgeInspector({ id }: { readonly id: string }) {
  const design = useApp((s) => s.design);
  const index = indexDesign(design);
  const edge = index.edgeById.get(id)!;
  const make = useCallback((value: unknown, key: string): DesignChange => {
    const cur = indexDesign(appStore.getState().design).edgeById.get(id);
    return { type: 'updateEdge', id, patch: patchFor(cur, key, value) };
  }, [id]);
  const src = index.byId.get(edge.source);
  const fromLb = src?.kind === 'loadBalancer';
  const fromDns = src?.kind === 'dnsRecord';
  const tls = takesCertificate(index, id);
  const specs = EDGE_FIELDS[edge.kind].filter((f) => !f.key.startsWith('listener.') || fromLb).filter((f) => !f.key.startsWith('dns.') || fromDns)
    .filter((f) => f.key !== 'listener.certificateArn' || tls);
  return (
    <div data-testid="inspector-edge">
      <div className="ha-insp-head"><div className="ha-insp-title"><div className="ha-insp-kind">{edge.kind} connection</div><div className="ha-insp-id" title={`${src?.name} → ${index.byId.get(edge.target)?.name}`}>{src?.name} → {index.byId.get(edge.target)?.name}</div></div></div>
      {[...specs, { type: 'text' as const, key: 'label', label: 'Label', optional: true }].map((spec) => (
        <Field key={`${id}:${spec.key}`} spec={spec} value={getIn(edge, spec.key)} index={index} ownerId={id} commit={commitChange(make, spec.key, spec.label)} />
      ))}
    </div>
  );
}

function DesignInspector() {
  const design = useApp((s) => s.design);
  const index = indexDesign(design);
  const make = useCallback((value: unknown, key: string): DesignChange => ({ type: 'updateDesign', patch: patchFor(appStore.getState().design, key, value) as never }), []);
  return (
    <div data-testid="inspector-design">
      <div className="ha-insp-head"><div className="ha-insp-title"><div className="ha-insp-kind">Design</div><IdLine id={design.id} what="Design id (tagged on every provisioned resource)" /><div className="ha-insp-count">{design.nodes.length} resources · {design.edges.length} connections</div></div></div>
      {DESIGN_FIELDS.map((spec) => <Field key={spec.key} spec={spec} value={getIn(design, spec.key)} index={index} commit={commitChange(make, spec.key, spec.label)} />)}
    </div>
  );
}

function MultiInspector() {
  const count = useApp((s) => s.selected.size);
  const kinds = useApp((s) => {
    const idx = indexDesign(s.design);
    const m = new Map<string, number>();
    for (const id of s.selected) { const n = idx.byId.get(id); const k = n ? kindLabel(n.kind) : 'connection'; m.set(k, (m.get(k) ?? 0) + 1); }
    return [...m].map(([k, v]) => `${v} × ${k}`).join(', ');
  });
  return <div data-testid="inspector-multi" className="ha-insp-multi"><strong>{count} selected</strong><p className="ha-muted">{kinds}</p><p className="ha-muted">Drag to move together · Delete to remove · Ctrl+C to copy.</p></div>;
}

export function Inspector() {
  const one = useSingleSelection();
  const many = useApp((s) => s.selected.size > 1);
  const isNode = useApp((s) => (one ? indexDesign(s.design).byId.has(one) : false));
  const isEdge = useApp((s) => (one ? indexDesign(s.design).edgeById.has(one) : false));
  return (
    <aside className="ha-inspector" data-testid="inspector">
      <div className="ha-panel-title">{many ? 'Selection' : isNode ? 'Resource' : isEdge ? 'Connection' : 'Design'}</div>
      <div className="ha-inspector-scroll">
        {many ? <MultiInspector /> : isNode ? <NodeInspector id={one!} /> : isEdge ? <EdgeInspector id={one!} /> : <DesignInspector />}
      </div>
    </aside>
  );
}
