// Validator equivalence snapshot: findings + estimates of the templates, fixtures, random and generated designs,
// incremental revalidation after edits, and what-if results for a sample of failure domains, as stable JSON.
// Write one before and one after a change to the validator and diff them: they must be byte-identical.
// Run: npx tsx bench/validate-equivalence.ts out.json [--quick]   (--quick leaves out the 10,000-resource designs)
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { applyDesignChanges, type Design, type DesignNode } from '../src/model';
import { arbitraryDesign } from '../src/testing/arbitrary';
import { generateDesign } from '../src/testing/generate';
import { TEMPLATES } from '../src/testing/templates';
import { crossVpc } from '../src/testing/validate-fixtures';
import { createIncrementalValidator, simulateFailure, validateDesign, type FailureDomain } from '../src/validate';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx bench/validate-equivalence.ts <out.json> [--quick]');
const quick = process.argv.includes('--quick');

// Keys sorted at every level, so only values and array order can differ between two snapshots.
function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

const FAILABLE = new Set(['instance', 'database', 'natGateway', 'autoScalingGroup', 'vpnConnection', 'transitGateway', 'vpcPeering', 'loadBalancer', 'subnet']);

// Every region and AZ, and every `step`-th failable resource (all of them for small designs).
function domains(d: Design, step: number): FailureDomain[] {
  const regions = [...new Set(d.nodes.flatMap((n) => (n.kind === 'region' ? [n.region] : [])))].sort();
  const zones = [...new Set(d.nodes.flatMap((n) => (n.kind === 'az' ? [n.zone] : [])))].sort();
  const res = d.nodes.filter((n) => FAILABLE.has(n.kind)).filter((_, i) => i % step === 0);
  return [
    ...regions.map((region): FailureDomain => ({ type: 'region', region })),
    ...zones.map((zone): FailureDomain => ({ type: 'az', zone })),
    ...res.map((n): FailureDomain => ({ type: 'resource', id: n.id })),
  ];
}

// A deterministic sequence of single-property edits, the kind an editor makes.
function edits(d: Design, count: number): Design[] {
  const pick = (kind: DesignNode['kind']) => d.nodes.filter((n) => n.kind === kind);
  const asgs = pick('autoScalingGroup');
  const dbs = pick('database');
  const lbs = pick('loadBalancer');
  const seq: Design[] = [];
  let cur = d;
  for (let i = 0; i < count; i++) {
    const which = i % 3;
    if (which === 0 && asgs.length) cur = applyDesignChanges(cur, [{ type: 'updateNode', id: asgs[(i * 7) % asgs.length]!.id, patch: { desiredCapacity: i % 4 } }]);
    else if (which === 1 && dbs.length) cur = applyDesignChanges(cur, [{ type: 'updateNode', id: dbs[(i * 5) % dbs.length]!.id, patch: { multiAz: i % 2 === 0 } }]);
    else if (lbs.length) cur = applyDesignChanges(cur, [{ type: 'updateNode', id: lbs[(i * 3) % lbs.length]!.id, patch: { crossZone: i % 2 === 0 } }]);
    seq.push(cur);
  }
  return seq;
}

const lines: string[] = [];
function record(name: string, d: Design, whatIfStep: number, editCount: number): void {
  lines.push(`${stable({ design: name, validate: validateDesign(d) })}`);
  const v = createIncrementalValidator();
  v.run(d);
  edits(d, editCount).forEach((e, i) => lines.push(stable({ design: name, edit: i, incremental: v.run(e), full: validateDesign(e) })));
  for (const dom of domains(d, whatIfStep)) lines.push(stable({ design: name, whatIf: simulateFailure(d, dom) }));
}

for (const [name, make] of Object.entries(TEMPLATES)) record(`template:${name}`, make(), 1, 6);
record('fixture:crossVpc1', crossVpc(1), 1, 3);
record('fixture:crossVpc2', crossVpc(2), 1, 3);
fc.sample(arbitraryDesign, { seed: 42, numRuns: 300 }).forEach((d, i) => record(`arbitrary:${i}`, d, 1, 2));
for (const size of quick ? [200, 1000] : [200, 1000, 10000]) {
  for (let seed = 1; seed <= 5; seed++) record(`generated:${size}:${seed}`, generateDesign(size, seed), size >= 10000 ? 400 : 40, size >= 10000 ? 3 : 6);
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} records written to ${out}`);
