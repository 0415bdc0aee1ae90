// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createNode, indexDesign, removalChanges, type DesignChange } from '../../src/model';
import { createAppStore, selectDirty } from './index';

function withVpc() {
  const store = createAppStore();
  const s = store.getState();
  const idx = () => indexDesign(store.getState().design);
  s.apply([{ type: 'addNode', node: createNode(idx(), 'region', { id: 'r1' }) }], { label: 'Add region' });
  s.apply([{ type: 'addNode', node: createNode(idx(), 'vpc', { id: 'v1', parent: 'r1' }) }], { label: 'Add VPC' });
  return store;
}

describe('design slice', () => {
  it('applies changes and records one undo step per user action', () => {
    const store = withVpc();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['r1', 'v1']);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add region', 'Add VPC']);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['r1']);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['r1', 'v1']);
  });

  it('undoes property edits too, and a new edit clears the redo stack', () => {
    const store = withVpc();
    store.getState().apply([{ type: 'updateNode', id: 'v1', patch: { cidr: '10.9.0.0/16' } }]);
    store.getState().undo();
    expect(store.getState().design.nodes[1]).toMatchObject({ cidr: '10.0.0.0/16' });
    store.getState().apply([{ type: 'updateNode', id: 'v1', patch: { name: 'Main' } }]);
    expect(store.getState().future).toEqual([]);
    expect(store.getState().redo()).toBe(false);
  });

  it('merges edits with the same coalesce key into one undo step', () => {
    const store = withVpc();
    for (const name of ['M', 'Ma', 'Mai', 'Main']) store.getState().apply([{ type: 'updateNode', id: 'v1', patch: { name } }], { coalesceKey: 'v1.name' });
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().design.nodes[1]!.name).toBe('VPC');
  });

  it('refuses invalid changes with the model error, leaves the design and history as they were, and toasts', () => {
    const store = withVpc();
    const before = store.getState().design;
    const r = store.getState().apply([{ type: 'updateNode', id: 'v1', patch: { name: '' } }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/updateNode v1: name/);
    expect(store.getState().design).toBe(before);
    expect(store.getState().past).toHaveLength(2);
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'error' });
  });

  it('is dirty after an edit, clean after save, and dirty again after undo past the save point', () => {
    const store = withVpc();
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().markSaved('/tmp/a.ha.json');
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().undo();
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().redo();
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('load resets history, selection and the dirty flag', () => {
    const store = withVpc();
    store.getState().select(['v1']);
    store.getState().load(store.getState().design, '/x.ha.json');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().selected.size).toBe(0);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('removal (with descendants) is one undo step and undo restores everything, selection pruned', () => {
    const store = withVpc();
    store.getState().select(['r1', 'v1']);
    const changes: DesignChange[] = removalChanges(indexDesign(store.getState().design), ['r1']);
    store.getState().apply(changes, { label: 'Delete' });
    expect(store.getState().design.nodes).toEqual([]);
    expect(store.getState().selected.size).toBe(0);
    store.getState().undo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['r1', 'v1']);
  });
});

describe('selection slice', () => {
  it('replaces, adds, toggles and removes; no update when unchanged', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().select(['a', 'b']);
    s().select(['c'], 'add');
    s().select(['a'], 'toggle');
    expect([...s().selected].sort()).toEqual(['b', 'c']);
    const before = s().selected;
    s().select(['b', 'c']);
    expect(s().selected).toBe(before);
    s().select(['b'], 'remove');
    expect([...s().selected]).toEqual(['c']);
  });
});

describe('validation slice', () => {
  it('indexes findings per node, and keeps unchanged per-node objects so badges do not re-render', () => {
    const store = createAppStore();
    const d = store.getState().design;
    const f = (rule: string, severity: 'error' | 'warning', resources: string[]) => ({ rule, severity, resources, message: `${rule} on ${resources.join(',')}` });
    store.getState().setValidation(d, { findings: [f('spof', 'error', ['a']), f('single-az', 'warning', ['a', 'b'])] });
    const s1 = store.getState();
    expect(s1.findingsByNode.get('a')).toMatchObject({ errors: 1, warnings: 1, top: 'spof on a' });
    expect(s1.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    store.getState().setValidation(d, { findings: [f('spof', 'error', ['a']), f('single-az', 'warning', ['a'])] });
    const s2 = store.getState();
    expect(s2.findingsByNode.get('a')).toBe(s1.findingsByNode.get('a'));
    expect(s2.findingsByNode.has('b')).toBe(false);
  });
});
