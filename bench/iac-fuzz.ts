// Bounded fuzz run of the four importers (CloudFormation YAML and JSON, Terraform state and plan): N mutated inputs
// each from a fixed seed; a crash is anything thrown that is not an ImportError, a hang an input slower than 2 s.
// Run: `npx tsx bench/iac-fuzz.ts [inputs per importer = 10000] [seed = 20261126]`.
import fs from 'node:fs';
import path from 'node:path';
import { fuzz } from '../src/iac/import/fuzz.test-util';
import { fuzzTargets } from '../src/iac/import/fuzz-targets.test-util';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20261126);
const summary: Record<string, unknown>[] = [];
let failed = false;
for (const target of await fuzzTargets()) {
  const r = await fuzz(target, count, seed, 2000);
  const line = { target: r.target, inputs: r.inputs, importErrors: r.importErrors, accepted: r.accepted, crashes: r.crashes.length, hangs: r.hangs, slowestMs: Math.round(r.slowest), totalS: Math.round(r.ms / 100) / 10 };
  summary.push(line);
  console.log(JSON.stringify(line));
  for (const c of r.crashes.slice(0, 3)) console.log(`  crash: ${c.error.split('\n')[0]}\n  input: ${c.input.slice(0, 300)}`);
  if (r.crashes.length || r.hangs) failed = true;
}
fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
fs.writeFileSync(path.join('bench', 'results', 'iac-fuzz.json'), JSON.stringify({ count, seed, summary }, null, 2));
process.exitCode = failed ? 1 : 0;
