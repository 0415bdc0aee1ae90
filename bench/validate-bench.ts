// Validator benchmark: full validation of generated 1,000- and 10,000-resource designs, and
// incremental revalidation after one property edit (targets: full < 100 ms, incremental < 10 ms).
// Run: node --single-threaded --import tsx bench/validate-bench.ts   (--single-threaded keeps GC on the
// measured thread, so CPU time counts it; the machine's load average is printed with the figures).
import { loadavg } from 'node:os';
import { applyDesignChanges, type Design } from '../src/model';
import { generateDesign } from '../src/testing/generate';
import { createIncrementalValidator, validateDesign } from '../src/validate';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Wall time and CPU time (the machine is shared; CPU time is less disturbed by other processes).
const cpu: number[] = [];
function time(f: () => unknown): number {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  return wall;
}

for (const size of [1000, 10000]) {
  const design = generateDesign(size, 1);
  const runs = size >= 10000 ? 21 : 31;
  for (let i = 0; i < 3; i++) validateDesign(generateDesign(size, 2 + i));
  const full: number[] = [];
  cpu.length = 0;
  for (let i = 0; i < runs; i++) {
    const copy: Design = { ...design, nodes: design.nodes.map((n) => ({ ...n })), edges: design.edges.map((e) => ({ ...e })) };
    full.push(time(() => validateDesign(copy)));
  }
  const fullCpu = median(cpu);
  cpu.length = 0;
  const v = createIncrementalValidator();
  v.run(design);
  const asgs = design.nodes.filter((n) => n.kind === 'autoScalingGroup');
  const incr: number[] = [];
  let d = design;
  for (let i = 0; i < runs * 3; i++) {
    const asg = asgs[i % asgs.length]!;
    d = applyDesignChanges(d, [{ type: 'updateNode', id: asg.id, patch: { desiredCapacity: 3 + (i % 4), maxSize: 12 } }]);
    incr.push(time(() => v.run(d)));
  }
  const findings = validateDesign(design).findings.length;
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`[load ${load}] ${size} resources (${design.edges.length} edges, ${findings} findings): full median ${median(full).toFixed(1)} ms wall / ${fullCpu.toFixed(1)} ms CPU (target < 100); `
    + `incremental after one edit median ${median(incr).toFixed(2)} ms wall / ${median(cpu).toFixed(2)} ms CPU (target < 10)`);
}
