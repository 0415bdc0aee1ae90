// Provisioning benchmark: apply of the reference template (ecommerce-ha) on the Sandbox with 50 ms latency
// per API call, at parallelism 1 and 10.
//  - wall time of the apply run vs the critical-path bound: the longest dependency chain of the plan, each
//    operation weighted by its own measured duration (its API latencies and waits);
//  - API calls (every HTTP attempt, discovery included) vs the minimum needed: one list call per kind and
//    region for discovery, every mutating call the apply made, and one read per operation that waits.
// Target: ≤ 1.2× on both at parallelism 10. Run: npx tsx bench/provision-bench.ts [repeats=3]
import { criticalPath } from '../src/graph';
import { planGraph } from '../src/provision/plan-graph';
import { applyDesign, destroyDesign, planDesign } from '../src/provision/session';
import type { StepEvent } from '../src/provision/types';
import { ecommerceHa } from '../src/testing/templates/ecommerce';
import { clearFaults, fault, median, sandboxTarget, servedPart } from './provision-util';

const REPEATS = Number(process.argv[2] ?? 3);
const LATENCY_MS = 50;
// The Sandbox runs in its own process so its CPU does not stretch the client's operations.
const t = await sandboxTarget(0.02, true);
await fault(t.sb, { kind: 'latency', ms: LATENCY_MS });
const READ = /^(Describe|List|Get)/;
const WAITING_KINDS = new Set(['vpc', 'subnet', 'natGateway', 'instance', 'loadBalancer', 'autoScalingGroup', 'database', 'transitGateway', 'vpcPeering', 'vpnConnection']);

interface Sample { wall: number; bound: number; serial: number; calls: number; minimum: number; discover: number; path: string[] }

async function once(parallelism: number, n: number): Promise<Sample> {
  const base = servedPart(ecommerceHa(), t.options);
  const d = { ...base, id: `bench-p${parallelism}-${n}` };
  t.calls.length = 0;
  const t0 = Date.now();
  const planned = await planDesign(d, t.options);
  const discover = Date.now() - t0;
  const discoverCalls = t.calls.length;
  const events: StepEvent[] = [];
  const t1 = Date.now();
  const r = await applyDesign(d, { ...t.options, concurrency: parallelism, onEvent: (e) => events.push(e) }, planned);
  const wall = Date.now() - t1;
  if (r.result.status !== 'ok') throw new Error(`apply failed: ${JSON.stringify(r.result.failures)}`);
  const applyCalls = t.calls.slice(discoverCalls);
  const started = new Map<string, number>();
  const took = new Map<string, number>();
  for (const e of events) {
    const key = `${e.op}:${e.nodeId}`;
    if (e.state === 'running') started.set(key, Date.parse(e.at));
    if (e.state === 'done') took.set(key, Date.parse(e.at) - started.get(key)!);
  }
  const { ops, dag } = planGraph(planned.plan.steps);
  const weight = (k: string) => { const o = ops.get(k)!; return took.get(`${o.op}:${o.step.nodeId}`) ?? 0; };
  const cp = criticalPath(dag, weight);
  if (process.env.BENCH_VERBOSE) console.log([...took].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${v}`).join(' '));
  const regions = new Set(planned.plan.steps.map((s) => s.region).filter(Boolean)).size;
  const waits = [...ops.values()].filter((o) => o.op !== 'delete' && WAITING_KINDS.has(o.step.kind)).length;
  const minimum = (t.options.handlers?.length ?? 0) * regions + applyCalls.filter((c) => !READ.test(c.action)).length + waits;
  const sample: Sample = {
    wall, bound: cp.total, serial: [...took.values()].reduce((a, b) => a + b, 0), calls: discoverCalls + applyCalls.length, minimum, discover,
    path: cp.path.map((k) => k.split(':').slice(0, 2).join(':')),
  };
  await clearFaults(t.sb);
  await destroyDesign(d, t.options);
  await fault(t.sb, { kind: 'latency', ms: LATENCY_MS });
  return sample;
}

const results: Record<number, Sample[]> = {};
for (const p of [1, 10]) {
  results[p] = [];
  for (let i = 0; i < REPEATS; i++) {
    const s = await once(p, i);
    results[p].push(s);
    console.log(`p=${p} #${i + 1}: apply ${s.wall} ms (critical path ${s.bound} ms, serial sum ${s.serial} ms), discovery ${s.discover} ms, calls ${s.calls} (minimum ${s.minimum})`);
  }
}
console.log(`\nRESULTS (ecommerce-ha${t.options.handlers?.some((h) => h.kind === 'alarm') ? '' : ' without alarms: the Sandbox has no CloudWatch yet'}, ${LATENCY_MS} ms latency per call, Sandbox time scale 0.02, median of ${REPEATS})`);
for (const p of [1, 10]) {
  const xs = results[p]!;
  const wall = median(xs.map((s) => s.wall));
  const bound = median(xs.map((s) => s.bound));
  const calls = median(xs.map((s) => s.calls));
  const minimum = median(xs.map((s) => s.minimum));
  console.log(`  parallelism ${String(p).padStart(2)}: apply wall ${(wall / 1000).toFixed(2)} s vs critical path ${(bound / 1000).toFixed(2)} s = ${(wall / bound).toFixed(2)}×; API calls ${calls} vs minimum ${minimum} = ${(calls / minimum).toFixed(2)}×; serial sum ${(median(xs.map((s) => s.serial)) / 1000).toFixed(2)} s`);
}
// The strict bound: the critical path with each operation's uncontended duration (measured at parallelism 1).
const strict = median(results[1]!.map((s) => s.bound));
console.log(`  parallelism 10 vs the uncontended critical path (parallelism-1 durations): ${(median(results[10]!.map((s) => s.wall)) / strict).toFixed(2)}×`);
console.log(`  critical path: ${results[10]![0]!.path.join(' → ')}`);
t.factory.destroy();
await t.sb.close();
