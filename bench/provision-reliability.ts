// Provisioning reliability on the Sandbox (bounded; ~2-4 min):
//  1. 20 applies with 10 % injected API errors (5 % InternalError 500 + 5 % Throttling) converge: a second plan is empty,
//     every node has exactly one resource (no duplicate), and a destroy leaves nothing tagged (no orphan).
//  2. 20 applies killed with SIGKILL at a random step (the real CLI as a child process) resume to the same result.
//  3. destroy after a partial (canceled) apply leaves nothing tagged.
// Run: npx tsx bench/provision-reliability.ts [runs=20]
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeDesign, type Design } from '../src/model';
import { discoverAll } from '../src/provision/discover';
import { isEmptyPlan } from '../src/provision/plan';
import { applyDesign, destroyDesign, planDesign } from '../src/provision/session';
import { census, clearFaults, fault, sandboxTarget, webStack } from './provision-util';

const RUNS = Number(process.argv[2] ?? 20);
const t = await sandboxTarget(0.02);
const { sb, factory, options } = t;

async function verify(d: Design): Promise<string[]> {
  const problems: string[] = [];
  const planned = await planDesign(d, options);
  if (!isEmptyPlan(planned.plan)) problems.push(`not converged: ${planned.plan.steps.filter((s) => s.action !== 'noop' && s.action !== 'unsupported').map((s) => `${s.action} ${s.nodeId} (${s.reason})`).join('; ')}`);
  const actual = await discoverAll(factory, { regions: ['us-east-1'], designId: d.id, handlers: options.handlers });
  const perNode = new Map<string, number>();
  for (const a of actual) perNode.set(a.nodeId, (perNode.get(a.nodeId) ?? 0) + 1);
  const dups = [...perNode].filter(([, n]) => n > 1);
  if (dups.length) problems.push(`duplicates: ${dups.map(([id, n]) => `${id}×${n}`).join(', ')}`);
  return problems;
}

async function destroyClean(d: Design): Promise<string[]> {
  await clearFaults(sb);
  const r = await destroyDesign(d, options);
  const left = Object.entries(await census(factory, options, d.id)).filter(([, n]) => n > 0);
  return [...r.result.failures.map((f) => `destroy ${f.nodeId}: ${f.code}`), ...(left.length ? [`orphans: ${left.map(([k, n]) => `${k}×${n}`).join(', ')}`] : [])];
}

// 1. API errors and throttling.
let ok1 = 0;
const times1: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const d = webStack(`rel-err-${i}`);
  await fault(sb, { kind: 'api-errors', rate: 0.05, code: 'InternalError', status: 500 });
  await fault(sb, { kind: 'api-errors', rate: 0.05, code: 'Throttling', status: 400 });
  const t0 = Date.now();
  let attempts = 0;
  // Steps that run out of retries fail; applying again (as a user would) must converge without duplicates.
  for (; attempts < 3; attempts++) if ((await applyDesign(d, options)).result.status === 'ok') break;
  times1.push(Date.now() - t0);
  await clearFaults(sb);
  const problems = [...(await verify(d)), ...(await destroyClean(d))];
  if (problems.length === 0) ok1++;
  else console.log(`  run ${i}: ${problems.join(' | ')}`);
  console.log(`errors+throttling ${i + 1}/${RUNS}: ${problems.length ? 'FAIL' : 'ok'} (${attempts + 1} apply call(s), ${Date.now() - t0} ms)`);
}

// 2. SIGKILL at a random step, then resume.
const home = mkdtempSync(join(tmpdir(), 'ha-kill-'));
let ok2 = 0;
const killedAt: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const d = webStack(`rel-kill-${i}`);
  const file = join(home, `${d.id}.ha.json`);
  writeFileSync(file, serializeDesign(d));
  const killAfter = 1 + Math.floor(Math.random() * 24);
  const child = spawn(process.execPath, ['bin/ha-architect.mjs', 'apply', file, '--target', 'sandbox', '--endpoint', sb.endpoint, '--yes', '--json'], {
    env: { ...process.env, HA_ARCHITECT_HOME: home }, stdio: ['ignore', 'pipe', 'ignore'],
  });
  let seen = 0;
  let buf = '';
  await new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const line of lines) if (/"type":"step".*"state":"(done|running)"/.test(line)) seen++;
      if (seen >= killAfter && child.exitCode === null) setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
    });
    child.on('exit', () => resolve());
  });
  killedAt.push(seen);
  // Resume in-process with the CLI's journal folder: same journal file (same target kind and account).
  const resumed = await applyDesign(d, { ...options, stateDir: home });
  const problems = [...(resumed.result.status === 'ok' ? [] : [`resume failed: ${resumed.result.failures.map((f) => `${f.nodeId} ${f.code}`).join(', ')}`]), ...(await verify(d)), ...(await destroyClean(d))];
  if (problems.length === 0) ok2++;
  else console.log(`  run ${i}: ${problems.join(' | ')}`);
  console.log(`SIGKILL ${i + 1}/${RUNS}: killed after ${seen} step events, resumed=${resumed.resumed}: ${problems.length ? 'FAIL' : 'ok'}`);
}

// 3. Destroy after a partial (canceled) apply.
let ok3 = 0;
const PARTIAL = Math.min(RUNS, 5);
for (let i = 0; i < PARTIAL; i++) {
  const d = webStack(`rel-partial-${i}`);
  const ctrl = new AbortController();
  let done = 0;
  const stopAt = 2 + i * 3;
  await applyDesign(d, { ...options, signal: ctrl.signal, onEvent: (e) => { if (e.state === 'done' && ++done >= stopAt) ctrl.abort(); } });
  const problems = await destroyClean(d);
  if (problems.length === 0) ok3++;
  else console.log(`  partial ${i}: ${problems.join(' | ')}`);
}

console.log('\nRESULTS');
console.log(`  10% API errors + throttling: ${ok1}/${RUNS} converged, no duplicate, no orphan (median apply ${(times1.sort((a, b) => a - b)[times1.length >> 1]! / 1000).toFixed(1)} s)`);
console.log(`  SIGKILL + resume:            ${ok2}/${RUNS} converged, no duplicate, no orphan (killed after ${Math.min(...killedAt)}–${Math.max(...killedAt)} step events)`);
console.log(`  destroy after partial apply: ${ok3}/${PARTIAL} left nothing tagged`);
factory.destroy();
await sb.close();
process.exit(ok1 === RUNS && ok2 === RUNS && ok3 === PARTIAL ? 0 : 1);
