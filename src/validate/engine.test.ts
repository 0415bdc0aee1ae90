// The validator as a whole: templates, determinism on random designs, and incremental = full.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDesignChanges, parseDesign, type Design, type DesignChange } from '../model';
import { arbitraryDesign } from '../testing/arbitrary';
import { generateDesign } from '../testing/generate';
import { TEMPLATES } from '../testing/templates';
import { fragile, multiRegion, reference } from '../testing/validate-fixtures';
import { createIncrementalValidator, validateDesign } from './engine';

describe('templates', () => {
  it('the reference and the multi-region templates have no error-level finding', () => {
    for (const d of [reference(), multiRegion()]) expect(validateDesign(d).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the shipped template files validate like the builders that made them', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of Object.keys(TEMPLATES)) {
      const parsed = parseDesign(readFileSync(new URL(`../../resources/templates/${name}.ha.json`, import.meta.url), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problem.message);
      expect(validateDesign(parsed.design)).toEqual(validateDesign(TEMPLATES[name]!()));
    }
  });

  it('the fragile starter yields the findings it exists to teach', () => {
    const rules = new Set(validateDesign(fragile()).findings.map((f) => f.rule));
    for (const r of ['tier-single-instance', 'tier-single-az', 'db-single-az', 'nat-cross-az', 'alarm-missing', 'spof']) expect(rules).toContain(r);
  });

  it('orders findings by severity, then rule', () => {
    const f = validateDesign(fragile()).findings;
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < f.length; i++) {
      const a = f[i - 1]!;
      const b = f[i]!;
      expect(rank[a.severity] < rank[b.severity] || (a.severity === b.severity && a.rule <= b.rule)).toBe(true);
    }
  });

  it('can disable rules', () => {
    const r = validateDesign(fragile(), { disabledRules: ['spof', 'db-single-az'] });
    expect(r.findings.some((f) => f.rule === 'spof' || f.rule === 'db-single-az')).toBe(false);
  });
});

describe('property: random designs', () => {
  it('no rule throws, and results are deterministic', () => {
    fc.assert(fc.property(arbitraryDesign, (d) => {
      const a = validateDesign(d);
      const clone = JSON.parse(JSON.stringify(d)) as Design;
      expect(validateDesign(clone)).toEqual(a);
      for (const f of a.findings) {
        expect(f.resources.length).toBeGreaterThan(0);
        for (const id of f.resources) expect(d.nodes.some((n) => n.id === id)).toBe(true);
      }
      const av = a.estimates.availability;
      if (av !== null) expect(av >= 0 && av <= 1).toBe(true);
    }), { numRuns: 60 });
  });
});

// Random edits a user makes in the editor, applied one at a time.
function randomEdit(d: Design, r: number, s: number): DesignChange[] {
  const n = d.nodes[Math.floor(r * d.nodes.length)]!;
  switch (n.kind) {
    case 'autoScalingGroup': return [{ type: 'updateNode', id: n.id, patch: { desiredCapacity: 1 + Math.floor(s * 5), minSize: Math.floor(s * 2), subnetIds: s < 0.3 ? n.subnetIds.slice(0, 1) : n.subnetIds } }];
    case 'database': return [{ type: 'updateNode', id: n.id, patch: { multiAz: s < 0.5, backupRetentionDays: s < 0.2 ? 0 : 7 } }];
    case 'loadBalancer': return [{ type: 'updateNode', id: n.id, patch: { crossZone: s < 0.5, subnetIds: s < 0.3 ? n.subnetIds.slice(0, 1) : n.subnetIds } }];
    case 'targetGroup': return [{ type: 'updateNode', id: n.id, patch: { healthCheck: s < 0.3 ? null : n.healthCheck, requiredCapacity: s < 0.5 ? undefined : 2 } }];
    case 'routeTable': return [{ type: 'updateNode', id: n.id, patch: { subnetIds: n.subnetIds.slice(0, s < 0.5 ? 0 : 1) } }];
    case 'alarm': return [{ type: 'removeNode', id: n.id }];
    case 'instance': {
      const deps = d.edges.filter((e) => e.source === n.id || e.target === n.id).map((e): DesignChange => ({ type: 'removeEdge', id: e.id }));
      return [...deps, { type: 'removeNode', id: n.id }];
    }
    case 'natGateway': return [{ type: 'updateNode', id: n.id, patch: { position: { x: s * 100, y: 0 } } }];
    default: return s < 0.1 ? [{ type: 'updateDesign', patch: { objectives: { ...d.objectives, availabilityTarget: 99.99 } } }] : [{ type: 'updateNode', id: n.id, patch: { name: `renamed ${s}` } }];
  }
}

describe('incremental validation', () => {
  it('gives exactly the full result after every edit', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 12 }), (seed, edits) => {
      let d = generateDesign(150, seed);
      const v = createIncrementalValidator();
      v.run(d);
      for (const [r, s] of edits) {
        d = applyDesignChanges(d, randomEdit(d, r, s));
        expect(v.run(d)).toEqual(validateDesign(d));
      }
    }), { numRuns: 12 });
  });

  it('returns the same result object for the same design value', () => {
    const v = createIncrementalValidator();
    const d = reference();
    expect(v.run(d)).toBe(v.run(d));
  });
});

describe('incremental validation across a worker boundary', () => {
  it('keeps cached results when only the design metadata object was copied', () => {
    const d = reference();
    const v = createIncrementalValidator();
    const first = v.run(d);
    // Same nodes and edges, metadata structurally equal but new objects (as after postMessage).
    const copy = { ...d, objectives: JSON.parse(JSON.stringify(d.objectives)), availabilityOverrides: { ...d.availabilityOverrides } } as Design;
    const second = v.run(copy);
    expect(second).toEqual(first);
    expect(second.estimates.entryPoints[0]!.components).toBe(first.estimates.entryPoints[0]!.components);
  });
});

describe('odd designs', () => {
  it('handles an empty design, DNS loops and dependency cycles', () => {
    const empty = validateDesign({ schemaVersion: 1, id: 'e', name: 'Empty', description: '', objectives: { rtoSeconds: {}, rpoSeconds: {} }, availabilityOverrides: {}, nodes: [], edges: [] });
    expect(empty).toEqual({ findings: [], estimates: expect.objectContaining({ entryPoints: [], availability: null }) });
    let d = reference();
    d = applyDesignChanges(d, [
      { type: 'addNode', node: { id: 'dns-b', kind: 'dnsRecord', name: 'b', position: { x: 0, y: 0 }, domain: 'b.example.com', routing: 'simple', ttlSeconds: 60, healthCheck: null } },
      { type: 'addEdge', edge: { id: 'loop1', kind: 'traffic', source: 'dns-shop', target: 'dns-b', dns: {} } },
      { type: 'addEdge', edge: { id: 'loop2', kind: 'traffic', source: 'dns-b', target: 'dns-shop', dns: {} } },
      { type: 'addEdge', edge: { id: 'cycle', kind: 'dependency', source: 'asg-app', target: 'asg-app' } },
    ]);
    const r = validateDesign(d);
    expect(r.findings.some((f) => f.rule === 'path-broken' && /loop/.test(f.message))).toBe(true);
  });
});
