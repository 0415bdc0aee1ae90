// IaC benchmark: import a Terraform state of 13,693 resources (with layout), export a 10,000-resource design to
// Terraform and CloudFormation, and discover 5,000 resources from a Sandbox.
// Run: `npx tsx bench/iac-bench.ts [import|export|discover …]` (default: all). Medians of several runs.
import fs from 'node:fs';
import path from 'node:path';
import { generateDesign } from '../src/testing/generate';
import { exportTerraform } from '../src/iac/export/terraform';
import { exportCloudFormation } from '../src/iac/export/cloudformation';
import { importTerraformState } from '../src/iac/import/terraform-state';
import { fakeApply } from '../src/iac/fake-apply.test-util';
import { discoverDesign } from '../src/discover';
import { seedStack } from '../src/discover/seed.test-util';
import { startSandbox } from '../src/cloud-sim';
import { clientFactory } from '../src/provision/clients';
import { layoutDesign } from '../src/layout';

const STATE_RESOURCES = 13_693;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (v: number) => `${(v / 1000).toFixed(2)} s`;
const results: Record<string, unknown> = {};

// Wall time and this process's CPU time: on a shared, loaded machine the CPU time is the figure that carries over.
async function timed<T>(runs: number, fn: () => Promise<T> | T): Promise<{ times: number[]; cpu: number[]; last: T }> {
  const times: number[] = [];
  const cpu: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  return { times, cpu, last };
}
const cpuNote = (cpu: number[]) => `, CPU median ${fmt(median(cpu))}`;

/** A state of exactly `count` resources: a generated design exported and applied on paper, cut to size. */
async function bigState(count: number): Promise<string> {
  const cache = path.join('bench', 'results', `iac-state-${count}.json`);
  if (fs.existsSync(cache)) return fs.readFileSync(cache, 'utf8');
  let nodes = Math.round(count / 2.3);
  for (;;) {
    const state = JSON.parse(await fakeApply(exportTerraform(generateDesign(nodes, 11)))) as { resources: unknown[] };
    if (state.resources.length >= count) {
      // Cut from the end (monitoring, DNS, attachments): the network and compute stay whole.
      state.resources = state.resources.slice(0, count);
      const text = JSON.stringify(state);
      fs.mkdirSync(path.dirname(cache), { recursive: true });
      fs.writeFileSync(cache, text);
      return text;
    }
    nodes = Math.ceil(nodes * (count / state.resources.length) * 1.02);
  }
}

async function importBench(): Promise<void> {
  const t0 = performance.now();
  const state = await bigState(STATE_RESOURCES);
  console.log(`state of ${STATE_RESOURCES} resources ready (${(state.length / 1e6).toFixed(1)} MB, ${fmt(performance.now() - t0)} to prepare)`);
  const { times, cpu: cpuTimes, last } = await timed(5, () => importTerraformState(state, { file: 'terraform.tfstate' }));
  console.log(`import Terraform state (${STATE_RESOURCES} resources → ${last.design.nodes.length} nodes, ${last.design.edges.length} edges, grid layout): median ${fmt(median(times))} [${times.map(fmt).join(', ')}]${cpuNote(cpuTimes)} target < 5 s`);
  results.importState = { resources: STATE_RESOURCES, nodes: last.design.nodes.length, edges: last.design.edges.length, medianMs: Math.round(median(times)), cpuMedianMs: Math.round(median(cpuTimes)), runsMs: times.map(Math.round), generic: last.report.generic.length, warnings: last.report.warnings.length };
  const elk = await timed(1, async () => layoutDesign((await importTerraformState(state, { layout: 'grid' })).design));
  console.log(`  for comparison: import + src/layout (ELK rectpacking) on the same design: ${fmt(elk.times[0]!)}`);
  results.importStateElkMs = Math.round(elk.times[0]!);
}

async function exportBench(): Promise<void> {
  const design = generateDesign(10_000, 5);
  const tf = await timed(7, () => exportTerraform(design));
  const cf = await timed(7, () => exportCloudFormation(design));
  const bytes = (files: Record<string, string>) => Object.values(files).reduce((n, t) => n + t.length, 0);
  console.log(`export 10,000-resource design to Terraform: median ${fmt(median(tf.times))}${cpuNote(tf.cpu)} (${Object.keys(tf.last).length} files, ${(bytes(tf.last) / 1e6).toFixed(1)} MB) target < 1 s`);
  console.log(`export 10,000-resource design to CloudFormation: median ${fmt(median(cf.times))}${cpuNote(cf.cpu)} (${Object.keys(cf.last).length} templates, ${(bytes(cf.last) / 1e6).toFixed(1)} MB) target < 1 s`);
  results.exportTerraform = { medianMs: Math.round(median(tf.times)), cpuMedianMs: Math.round(median(tf.cpu)), runsMs: tf.times.map(Math.round) };
  results.exportCloudFormation = { medianMs: Math.round(median(cf.times)), cpuMedianMs: Math.round(median(cf.cpu)), runsMs: cf.times.map(Math.round) };
}

async function discoverBench(): Promise<void> {
  const sb = await startSandbox({ port: 0 });
  const target = { kind: 'sandbox' as const, endpoint: sb.endpoint, credentials: sb.credentials };
  const factory = clientFactory(target);
  try {
    let made = 0;
    const t0 = performance.now();
    // 40 stacks × (VPC, IGW, route table, group, 6 subnets + 114 instances) = 5,000 resources.
    for (let k = 0; made < 5000; k++) made += await seedStack(factory('us-east-1').ec2, { name: `s${k}`, k: k + 1, region: 'us-east-1', zones: 3, instancesPerSubnet: 38, batch: true });
    console.log(`seeded ${made} resources in ${fmt(performance.now() - t0)}`);
    const { times, cpu, last } = await timed(3, () => discoverDesign({ target, factory, regions: ['us-east-1'] }));
    console.log(`discover ${made} Sandbox resources → ${last.design.nodes.length} nodes (with layout): median ${fmt(median(times))} [${times.map(fmt).join(', ')}]${cpuNote(cpu)} (Sandbox in the same process) target < 10 s`);
    results.discover = { resources: made, nodes: last.design.nodes.length, medianMs: Math.round(median(times)), cpuMedianMs: Math.round(median(cpu)), runsMs: times.map(Math.round), warnings: last.report.warnings.slice(0, 5) };
  } finally {
    factory.destroy();
    await sb.close();
  }
}

const which = process.argv.slice(2);
const all = which.length === 0;
if (all || which.includes('export')) await exportBench();
if (all || which.includes('import')) await importBench();
if (all || which.includes('discover')) await discoverBench();
fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
fs.writeFileSync(path.join('bench', 'results', 'iac-bench.json'), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results));
