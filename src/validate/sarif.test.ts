// SARIF output checked against the SARIF 2.1.0 schema (hand-written subset of the OASIS schema, see src/testing).
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../model';
import schema from '../testing/sarif-2.1.0-subset.schema.json';
import { fragile, reference } from '../testing/validate-fixtures';
import { validateDesign } from './engine';
import { RULES } from './registry';
import { toSarif } from './sarif';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(schema);

describe('toSarif', () => {
  const d = fragile();
  const text = serializeDesign(d);
  const log = toSarif(validateDesign(d), { uri: 'designs/fragile-starter.ha.json', text, toolVersion: '0.1.0' });
  const run = (log.runs as Record<string, unknown>[])[0]!;
  const results = run.results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: { startLine: number } }; logicalLocations: { name: string }[] }[] }[];

  it('is valid SARIF 2.1.0', () => {
    expect(check(log), JSON.stringify(check.errors)).toBe(true);
    expect(check(toSarif(validateDesign(reference()), { uri: 'a b/ref.ha.json' }))).toBe(true);
  });

  it('describes every rule with help text, and points each result at its rule', () => {
    const rules = (run.tool as { driver: { rules: { id: string; help: { text: string } }[] } }).driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) expect(r.help.text.length).toBeGreaterThan(50);
    for (const res of results) expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('locates results on the line of their first resource, with a logical location per resource', () => {
    const lines = text.split('\n');
    const single = results.find((r) => r.ruleId === 'tier-single-instance')!;
    const line = single.locations[0]!.physicalLocation.region.startLine;
    expect(lines[line - 1]).toContain('"id": "tg-web"');
    expect(single.locations[0]!.logicalLocations.map((l) => l.name)).toEqual(['tg-web', 'web-1']);
  });

  it('maps severities to SARIF levels', () => {
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['error', 'warning']));
  });
});
