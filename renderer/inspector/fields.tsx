// Field editors: text, number, select, checkbox, reference multi-select and YAML; each shows its own inline error.
import { memo, useEffect, useState, type KeyboardEvent } from 'react';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { DesignIndex, DesignNode } from '../../src/model';
import { subLabel } from '../kinds/catalog';
import { checkCertificateArn, checkCidr } from './checks';
import type { FieldSpec, Scope } from './specs';

/** Commits a value; returns an error sentence when the model refused it. */
export type Commit = (value: unknown) => string | undefined;

interface Props { readonly spec: FieldSpec; readonly value: unknown; readonly commit: Commit; readonly index: DesignIndex; readonly ownerId?: string }

const testId = (key: string) => `field-${key}`;

function Row({ spec, error, children }: { readonly spec: FieldSpec; readonly error?: string; readonly children: React.ReactNode }) {
  return (
    <div className={`ha-field${error ? ' has-error' : ''}`}>
      <label>{spec.label}{'unit' in spec && spec.unit ? <em> ({spec.unit})</em> : null}</label>
      {children}
      {error && <div className="ha-field-error" data-testid={`error-${spec.key}`}>{error}</div>}
    </div>
  );
}

function TextLike({ spec, value, commit, index, ownerId }: Props) {
  const shown = value === undefined || value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string>();
  useEffect(() => { setDraft(shown); setError(undefined); }, [shown]);
  const check = (text: string): string | undefined => {
    if (spec.type === 'number') {
      if (text.trim() === '') return spec.optional ? undefined : 'A value is required.';
      const n = Number(text);
      if (!Number.isFinite(n)) return 'Not a number.';
      if (spec.int && !Number.isInteger(n)) return 'A whole number is expected.';
      if (spec.min !== undefined && n < spec.min) return `At least ${spec.min}.`;
      if (spec.max !== undefined && n > spec.max) return `At most ${spec.max}.`;
      return undefined;
    }
    if (spec.type === 'text' && spec.check === 'cidr' && ownerId) return checkCidr(index, ownerId, text);
    if (spec.type === 'text' && spec.check === 'certificateArn' && ownerId) return checkCertificateArn(index, ownerId, text);
    return undefined;
  };
  const onChange = (text: string) => { setDraft(text); setError(check(text)); };
  const save = () => {
    if (draft === shown) return;
    const problem = check(draft);
    if (problem) { setError(problem); return; }
    const v = draft.trim() === '' && (spec.type === 'number' || ('optional' in spec && spec.optional)) ? undefined : spec.type === 'number' ? Number(draft) : draft;
    setError(commit(v));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !(spec.type === 'text' && spec.multiline)) { e.preventDefault(); save(); }
    if (e.key === 'Escape') { setDraft(shown); setError(undefined); }
  };
  const common = { value: draft, onChange: (e: { target: { value: string } }) => onChange(e.target.value), onBlur: save, onKeyDown: onKey, 'data-testid': testId(spec.key), spellCheck: false, 'aria-invalid': !!error };
  return (
    <Row spec={spec} error={error}>
      {spec.type === 'text' && spec.multiline ? <textarea rows={3} {...common} /> : <input type={spec.type === 'number' ? 'text' : 'text'} inputMode={spec.type === 'number' ? 'decimal' : undefined} placeholder={spec.type === 'text' ? spec.placeholder : undefined} {...common} />}
    </Row>
  );
}

function YamlField({ spec, value, commit }: Props) {
  const shown = value === undefined ? '' : toYaml(value).trimEnd();
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string>();
  useEffect(() => { setDraft(shown); setError(undefined); }, [shown]);
  const save = () => {
    if (draft === shown) return;
    let v: unknown;
    try { v = draft.trim() === '' ? undefined : parseYaml(draft); } catch (err) { setError(`YAML: ${(err as Error).message.split('\n')[0]}`); return; }
    setError(commit(v));
  };
  return (
    <Row spec={spec} error={error}>
      <textarea className="ha-code" rows={Math.min(10, Math.max(2, draft.split('\n').length + 1))} value={draft} placeholder={spec.type === 'yaml' ? spec.hint : undefined}
        onChange={(e) => setDraft(e.target.value)} onBlur={save} data-testid={testId(spec.key)} spellCheck={false} />
    </Row>
  );
}

function candidates(index: DesignIndex, ownerId: string | undefined, kinds: readonly string[] | 'any', scope: Scope): DesignNode[] {
  const vpc = ownerId && scope === 'vpc' ? index.ancestor(ownerId, 'vpc')?.id : undefined;
  const region = ownerId && scope === 'region' ? index.ancestor(ownerId, 'region')?.id : undefined;
  return index.design.nodes.filter((n) => n.id !== ownerId && (kinds === 'any' || kinds.includes(n.kind))
    && (!vpc || index.ancestor(n.id, 'vpc')?.id === vpc) && (!region || index.ancestor(n.id, 'region')?.id === region));
}

function optionLabel(index: DesignIndex, n: DesignNode): string {
  const zone = index.ancestor(n.id, 'az')?.zone;
  return `${n.name} · ${n.kind === 'subnet' ? subLabel(n) : n.kind}${zone && n.kind !== 'az' ? ` · ${zone}` : ''}`;
}

function RefsField({ spec, value, commit, index, ownerId }: Props) {
  const [error, setError] = useState<string>();
  if (spec.type !== 'refs') return null;
  const list = (Array.isArray(value) ? value : []) as string[];
  const options = candidates(index, ownerId, spec.kinds, spec.scope);
  const toggle = (id: string) => setError(commit(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  return (
    <Row spec={spec} error={error}>
      <div className="ha-multi" data-testid={testId(spec.key)}>
        {options.length === 0 && <span className="ha-muted">None in scope yet.</span>}
        {options.map((n) => (
          <label key={n.id} className="ha-multi-item"><input type="checkbox" checked={list.includes(n.id)} onChange={() => toggle(n.id)} data-testid={`${testId(spec.key)}-${n.id}`} />{optionLabel(index, n)}</label>
        ))}
      </div>
    </Row>
  );
}

function SelectField({ spec, value, commit, index, ownerId }: Props) {
  const [error, setError] = useState<string>();
  const options: { value: string; label: string }[] = spec.type === 'select'
    ? spec.options.map((o) => ({ value: o, label: o }))
    : spec.type === 'ref' ? candidates(index, ownerId, spec.kinds, spec.scope).map((n) => ({ value: n.id, label: optionLabel(index, n) })) : [];
  const optional = spec.type === 'ref' || (spec.type === 'select' && spec.optional);
  return (
    <Row spec={spec} error={error}>
      <select value={value === undefined ? '' : String(value)} data-testid={testId(spec.key)} onChange={(e) => setError(commit(e.target.value === '' ? undefined : e.target.value))}>
        {optional && <option value="">—</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Row>
  );
}

function BoolField({ spec, value, commit }: Props) {
  const [error, setError] = useState<string>();
  return (
    <Row spec={spec} error={error}>
      <input type="checkbox" className="ha-switch" checked={value === true} onChange={(e) => setError(commit(e.target.checked))} data-testid={testId(spec.key)} />
    </Row>
  );
}

export const Field = memo(function Field(props: Props) {
  switch (props.spec.type) {
    case 'text': case 'number': return <TextLike {...props} />;
    case 'yaml': return <YamlField {...props} />;
    case 'refs': return <RefsField {...props} />;
    case 'select': case 'ref': return <SelectField {...props} />;
    case 'bool': return <BoolField {...props} />;
  }
});
