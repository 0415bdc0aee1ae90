import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse';
import { serializeDesign, stableStringify } from './serialize';
import { smallDesign } from './fixtures.test-util';
import { migrate, MigrationError } from './migrations';

describe('design files', () => {
  it('serialises stably: sorted keys, 2 spaces, trailing newline, and round-trips', () => {
    const text = serializeDesign(smallDesign());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "description"');
    const keys = Object.keys(JSON.parse(text));
    expect(keys).toEqual([...keys].sort());
    const back = parseDesign(text);
    expect(back.ok && serializeDesign(back.design)).toBe(text);
    expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{\n  "a": {\n    "d": [\n      2,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });

  it('reports bad JSON with line and column', () => {
    const r = parseDesign('{\n  "schemaVersion": 1,\n  "id": oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.path).toBe('$');
      expect(r.problem.line).toBe(3);
    }
  });

  it('reports schema problems with the JSON path of the first one', () => {
    const d = JSON.parse(serializeDesign(smallDesign()));
    d.nodes[4].cidr = 42;
    const r = parseDesign(JSON.stringify(d));
    expect(r).toMatchObject({ ok: false, problem: { path: '$.nodes[4].cidr' } });
    const u = JSON.parse(serializeDesign(smallDesign()));
    u.nodes[1].kind = 'spaceship';
    expect(parseDesign(JSON.stringify(u))).toMatchObject({ ok: false, problem: { path: '$.nodes[1].kind' } });
  });

  it('reports broken references and parent cycles', () => {
    const d = JSON.parse(serializeDesign(smallDesign()));
    d.nodes[8].subnetIds = ['s1', 'ghost'];
    expect(parseDesign(JSON.stringify(d))).toMatchObject({ ok: false, problem: { path: '$.nodes[8].subnetIds[1]', message: 'no node with id "ghost"' } });
    const c = JSON.parse(serializeDesign(smallDesign()));
    c.nodes[0].parent = 's1';
    expect(parseDesign(JSON.stringify(c))).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/cycle/) } });
    const dup = JSON.parse(serializeDesign(smallDesign()));
    dup.nodes[2].id = 'v1';
    expect(parseDesign(JSON.stringify(dup))).toMatchObject({ ok: false, problem: { path: '$.nodes[2].id' } });
  });

  it('refuses non-objects and files from a newer version', () => {
    expect(parseDesign('[1,2]')).toMatchObject({ ok: false, problem: { path: '$' } });
    const d = JSON.parse(serializeDesign(smallDesign()));
    d.schemaVersion = 99;
    expect(parseDesign(JSON.stringify(d))).toMatchObject({ ok: false, problem: { path: '$.schemaVersion', message: expect.stringMatching(/newer/) } });
  });

  it('runs migrations in order through the hook', () => {
    const steps = {
      0: (raw: Record<string, unknown>) => ({ ...raw, title: undefined, name: raw.title }),
      1: (raw: Record<string, unknown>) => ({ ...raw, description: `${String(raw.description ?? '')} (v2)` }),
    };
    expect(migrate({ schemaVersion: 0, title: 'Old' }, steps, 2)).toMatchObject({ schemaVersion: 2, name: 'Old', description: ' (v2)' });
    expect(() => migrate({ schemaVersion: 0 }, {}, 1)).toThrow(MigrationError);
    const legacy = JSON.parse(serializeDesign(smallDesign()));
    legacy.schemaVersion = 0;
    legacy.title = legacy.name;
    delete legacy.name;
    const r = parseDesign(JSON.stringify(legacy), { 0: (raw) => { const { title, ...rest } = raw; return { ...rest, name: title }; } });
    expect(r.ok).toBe(true);
  });
});

describe('JSON error locations', () => {
  it('points at the offending character', async () => {
    const { jsonErrorLocation } = await import('./json-position');
    expect(jsonErrorLocation('{"a": [1, 2,, 3]}')).toMatchObject({ line: 1, column: 13 });
    expect(jsonErrorLocation('{\n "a": "x\n"}')).toMatchObject({ line: 2 });
    expect(jsonErrorLocation('{"a": 1} extra')).toMatchObject({ column: 10 });
    expect(jsonErrorLocation('{"a": [true, false, null, -1.5e3, "\\u00e9"]}')).toBeUndefined();
  });
});
