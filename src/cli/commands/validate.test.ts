// The validate command end to end: exit codes, formats, input errors, --fail.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../model';
import { fragile, patch, reference } from '../../testing/validate-fixtures';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'ha-validate-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const REF = file('ref.ha.json', serializeDesign(reference()));
const FRAGILE = file('fragile.ha.json', serializeDesign(fragile()));
const WARN_ONLY = file('warn.ha.json', serializeDesign(patch(reference(), { 'asg-app': { desiredCapacity: 3 } })));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['validate', ...argv], { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

describe('ha-architect validate', () => {
  it('exits 0 on the reference design and 1 on the fragile starter', async () => {
    expect((await run(REF)).code).toBe(0);
    const r = await run(FRAGILE);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[spof\]/);
    expect(r.out).toMatch(/ESTIMATES/);
  });

  it('--fail-on warning also fails on warnings', async () => {
    expect((await run(WARN_ONLY)).code).toBe(0);
    expect((await run(WARN_ONLY, '--fail-on', 'warning')).code).toBe(1);
  });

  it('--format json prints exactly findings and estimates', async () => {
    const r = await run(FRAGILE, '--format=json');
    const json = JSON.parse(r.out) as { findings: Record<string, unknown>[]; estimates: Record<string, unknown> };
    expect(Object.keys(json)).toEqual(['findings', 'estimates']);
    for (const f of json.findings) expect(Object.keys(f).slice(0, 5)).toEqual(['rule', 'severity', 'resources', 'message', 'fix']);
    expect(json.findings.map((f) => f.rule)).toContain('tier-single-instance');
    expect(json.estimates).toHaveProperty('rtoSeconds');
  });

  it('--format sarif prints a SARIF 2.1.0 log', async () => {
    const r = await run(FRAGILE, '--format', 'sarif');
    const log = JSON.parse(r.out) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('--fail simulates a failure and fails when an entry point goes down', async () => {
    const up = await run(REF, '--fail', 'us-east-1a');
    expect(up.code).toBe(0);
    expect(up.out).toMatch(/WHAT IF: lose AZ us-east-1a/);
    expect(up.out).toMatch(/UP {3}shop\.example\.com/);
    const down = await run(REF, '--fail', 'us-east-1', '--format', 'json');
    expect(down.code).toBe(1);
    expect(JSON.parse(down.out).whatIf.entryPoints[0].up).toBe(false);
  });

  it('exits 2 with a clear message for usage and input errors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /no design file/],
      [[REF, '--format', 'xml'], /--format must be text, json or sarif/],
      [[REF, '--fail-on', 'info'], /--fail-on must be error or warning/],
      [[REF, '--bogus'], /unknown option "--bogus"/],
      [[join(dir, 'missing.json')], /missing\.json: no such file/],
      [[file('bad.json', '{ "nodes": [ }')], /bad\.json:1:\d+: \$: not valid JSON/],
      [[file('schema.json', serializeDesign(patch(reference(), {})).replace('"cidr": "10.0.0.0/16"', '"cidr": 5'))], /schema\.json: \$\.nodes\[\d+\]\.cidr: /],
      [[REF, '--fail', 'mars-1x'], /--fail: "mars-1x" is not a node id/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
});
