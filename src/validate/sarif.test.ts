// SARIF output checked against the official SARIF 2.1.0 JSON schema (2.1.0-rtm.5, draft-04, shipped in
// @microsoft/jest-sarif), and against the stricter subset in src/testing that pins the fields we emit.
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import official from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
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
const ajv04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's `language` pattern is not a valid unicode-mode regex
addFormats(ajv04);
const checkOfficial = ajv04.compile(official);

describe('toSarif', () => {
  const d = fragile();
  const text = serializeDesign(d);
  const log = toSarif(validateDesign(d), { uri: 'designs/fragile-starter.ha.json', text, toolVersion: '0.1.0' });
  const run = (log.runs as Record<string, unknown>[])[0]!;
  const results = run.results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: { startLine: number } }; logicalLocations: { name: string }[] }[] }[];

  it('is valid SARIF 2.1.0', () => {
    expect(checkOfficial(log), JSON.stringify(checkOfficial.errors)).toBe(true);
    expect(checkOfficial(toSarif(validateDesign(reference()), { uri: 'a b/ref.ha.json' })), JSON.stringify(checkOfficial.errors)).toBe(true);
    expect(checkOfficial({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), 'the official schema must reject a driver without a name').toBe(false);
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
