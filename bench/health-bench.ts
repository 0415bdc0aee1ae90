// Health monitor benchmark: 1,000 monitored resources in the Sandbox (960 instances, 20 target groups, 20 load
// balancers, VPC, subnets). Measures API calls per cycle, fault-to-canvas latency (fault injected → the change
// reaches the renderer's store, through the real browser host and WebSocket) at a 1 s interval, and the
// renderer's frame time while updates stream.  Run: npx tsx bench/health-bench.ts  (needs `npm run build` first
// for the renderer part). Flags: --no-browser (monitor only), --browser-only (skip the monitor-alone part),
// --frames-only (skip fault → canvas), --fit (whole design in view), --trace (Chromium trace while streaming: main-thread busy per frame, self
// time by event, script time by function, raster by layer; --trace-invalidations adds what invalidated paint), --profile (JS CPU profile), --roots A,B [--rounds N] (A/B: the browser
// part against each source tree's host and built renderer, back to back), --renderer-dir out/renderer-dev.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CreateSubnetCommand, CreateTagsCommand, CreateVpcCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, ElasticLoadBalancingV2Client, RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { APP_ROOT } from '../main/web/server';
import type * as WebServer from '../main/web/server';
import { startSandbox, type Sandbox } from '../src/cloud-sim';
import { HealthMonitor, type CycleStats, type HealthChange } from '../src/health';
import { createClientPool } from '../src/health/aws/clients';
import { createNode, emptyDesign, indexDesign, parseDesignValue, serializeDesign, type Design, type DesignEdge, type DesignNode, type NodeKind } from '../src/model';
import { autoLayout } from '../src/testing/layout';
import { formatTrace, summariseTrace } from './health-trace';

const INSTANCES = 960;
const GROUPS = 20;
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const FAULTS = 30;
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
/** Where a tree's built renderer is (`--renderer-dir out/renderer-dev` for an unminified build). */
const RENDERER_DIR = value('--renderer-dir') ?? 'out/renderer';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'toplevel', 'v8.execute'];

function arg(flag: string): boolean { return process.argv.includes(flag); }
function value(flag: string): string | undefined { const i = process.argv.indexOf(flag); return i >= 0 ? process.argv[i + 1] : undefined; }

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const EMPTY = indexDesign(emptyDesign('bench'));

function node(kind: NodeKind, id: string, parent: string | undefined, extra: Record<string, unknown> = {}): DesignNode {
  const n = { ...createNode(EMPTY, kind, { id, parent, name: id }), ...extra } as Record<string, unknown>;
  if (parent === undefined) delete n.parent;
  return n as unknown as DesignNode;
}

function benchDesign(): Design {
  const nodes: DesignNode[] = [node('region', 'r1', undefined, { region: 'us-east-1' }), node('vpc', 'v1', 'r1', { cidr: '10.0.0.0/16' })];
  const edges: DesignEdge[] = [];
  AZS.forEach((zone, k) => {
    nodes.push(node('az', `az${k}`, 'v1', { zone }), node('subnet', `s${k}`, `az${k}`, { cidr: `10.0.${k * 16}.0/20` }));
  });
  for (let i = 0; i < INSTANCES; i++) nodes.push(node('instance', `web-${i}`, `s${i % 3}`));
  for (let g = 0; g < GROUPS; g++) {
    nodes.push(node('loadBalancer', `lb-${g}`, 'v1', { subnetIds: ['s0', 's1', 's2'] }), node('targetGroup', `tg-${g}`, 'v1'));
    edges.push({ id: `e-lb-${g}`, kind: 'traffic', source: `lb-${g}`, target: `tg-${g}`, listener: { protocol: 'HTTP', port: 80 } } as DesignEdge);
    for (let i = g; i < INSTANCES; i += GROUPS) edges.push({ id: `e-${g}-${i}`, kind: 'traffic', source: `tg-${g}`, target: `web-${i}` } as DesignEdge);
  }
  const parsed = parseDesignValue({ ...emptyDesign('health-bench', 'Health bench'), nodes: autoLayout(nodes), edges });
  if (!parsed.ok) throw new Error(`bench design: ${parsed.problem.path}: ${parsed.problem.message}`);
  return parsed.design;
}

async function pool<T>(items: readonly T[], n: number, fn: (t: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (next < items.length) await fn(items[next++]!); }));
}

const tags = (d: string, n: string) => [{ Key: 'ha-architect:design', Value: d }, { Key: 'ha-architect:node', Value: n }, { Key: 'Name', Value: n }];

async function provision(cfg: object, design: Design): Promise<Map<string, string>> {
  const ec2 = new EC2Client(cfg);
  const elb = new ElasticLoadBalancingV2Client(cfg);
  const ids = new Map<string, string>();
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: tags(design.id, 'v1') }] }))).Vpc!.VpcId!;
  const subnets: string[] = [];
  for (const [k, az] of AZS.entries()) {
    subnets.push((await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.0.${k * 16}.0/20`, AvailabilityZone: az, TagSpecifications: [{ ResourceType: 'subnet', Tags: tags(design.id, `s${k}`) }] }))).Subnet!.SubnetId!);
  }
  for (let k = 0; k < 3; k++) {
    const r = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', MinCount: INSTANCES / 3, MaxCount: INSTANCES / 3, SubnetId: subnets[k] }));
    r.Instances!.forEach((inst, j) => ids.set(`web-${j * 3 + k}`, inst.InstanceId!));
  }
  await pool([...ids], 16, ([nodeId, id]) => ec2.send(new CreateTagsCommand({ Resources: [id], Tags: tags(design.id, nodeId) })));
  for (let g = 0; g < GROUPS; g++) {
    const tg = (await elb.send(new CreateTargetGroupCommand({ Name: `bench-tg-${g}`, Protocol: 'HTTP', Port: 80, VpcId: vpc, HealthCheckIntervalSeconds: 5, HealthyThresholdCount: 2, UnhealthyThresholdCount: 2, Tags: tags(design.id, `tg-${g}`) }))).TargetGroups![0]!.TargetGroupArn!;
    const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: `bench-lb-${g}`, Subnets: subnets, Tags: tags(design.id, `lb-${g}`) }))).LoadBalancers![0]!.LoadBalancerArn!;
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: lb, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }] }));
    const members: { Id: string }[] = [];
    for (let i = g; i < INSTANCES; i += GROUPS) members.push({ Id: ids.get(`web-${i}`)! });
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tg, Targets: members }));
  }
  ec2.destroy();
  elb.destroy();
  return ids;
}

async function control(endpoint: string, method: string, p: string, body?: unknown): Promise<{ id?: string }> {
  const res = await fetch(endpoint + p, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await res.json()) as { id?: string };
}

async function main(): Promise<void> {
  const browser = !arg('--no-browser');
  const sb = await startSandbox({ port: 0, timeScale: 0.02 });
  const cfg = { endpoint: sb.endpoint, region: 'us-east-1', credentials: sb.credentials, maxAttempts: 1 };
  const design = benchDesign();
  const t0 = Date.now();
  const ids = await provision(cfg, design);
  console.log(`provisioned ${design.nodes.length - 2} monitored resources (${ids.size} instances) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (!arg('--browser-only')) await monitorPart(sb, design, ids);
  if (browser) {
    // A/B: `--roots A,B` runs the browser part against each source tree in turn (its host code and its built
    // renderer), `--rounds N` times, back to back on the same Sandbox, so a noisy machine hits both alike.
    const roots = (value('--roots') ?? APP_ROOT).split(',').map((r) => path.resolve(r));
    const rounds = Number(value('--rounds') ?? 1);
    for (let r = 0; r < rounds; r++) {
      for (const [i, root] of roots.entries()) await browserPart(sb.endpoint, design, ids, root, roots.length > 1 ? `${String.fromCharCode(65 + i)}${r + 1}` : `run${r + 1}`);
    }
  }
  await sb.close();
}

/** The monitor alone: calls per cycle and cycle duration at a 1 s interval, then fault → change emitted. */
async function monitorPart(sb: Sandbox, design: Design, ids: Map<string, string>): Promise<void> {
  const target = { kind: 'sandbox' as const, endpoint: sb.endpoint, credentials: sb.credentials };
  let httpCalls = 0;
  const m = new HealthMonitor({ design, target, intervalMs: 1000, pool: createClientPool(target, () => void httpCalls++) });
  const cycles: CycleStats[] = [];
  m.on('cycle', (c) => cycles.push(c));
  await m.start();
  while (!m.snapshot().nodes.filter((n) => n.nodeId.startsWith('tg-')).every((n) => n.state === 'ok')) await sleep(200);
  cycles.length = 0;
  await sleep(6000);
  const steady = cycles.filter((c) => !c.discovered);
  console.log(`calls per cycle (steady): ${steady.map((c) => c.calls).join(', ')}; by op: ${JSON.stringify(steady.at(-1)?.callsByOp)}`);
  console.log(`cycle duration ms: median ${pct(steady.map((c) => c.durationMs), 50)}, p95 ${pct(steady.map((c) => c.durationMs), 95)}; HTTP attempts so far ${httpCalls}`);
  const lat: number[] = [];
  const names = [...ids.keys()];
  for (let k = 0; k < FAULTS; k++) {
    const nodeId = names[(k * 97) % names.length]!;
    await sleep(Math.random() * 1000);
    const seen = new Promise<number>((resolve) => {
      const on = (cs: readonly HealthChange[]) => { if (cs.some((c) => c.nodeId === nodeId && c.state === 'down')) { m.off('changes', on); resolve(Date.now()); } };
      m.on('changes', on);
    });
    const start = Date.now();
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-crash', instanceId: ids.get(nodeId) });
    lat.push((await seen) - start);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${f.id}`);
    while (m.snapshot().nodes.some((n) => n.state !== 'ok' && n.state !== 'unknown')) await sleep(100);
    await sleep(1200);
  }
  console.log(`fault → monitor change (ms, n=${lat.length}): p50 ${pct(lat, 50)}, p95 ${pct(lat, 95)}, max ${Math.max(...lat)}`);
  await m.stop();
}

/** The app (browser host + Chromium) of one source tree: its host code and its built renderer. */
async function startAt(root: string): Promise<{ page: Page; browser: Browser; home: string; close(): Promise<void> }> {
  const { launchChromium } = await import('../e2e/harness');
  const server = (await import(pathToFileURL(path.join(root, 'main/web/server.ts')).href)) as typeof WebServer;
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'ha-bench-home-'));
  const host = await server.startWebHost({ port: 0, home, rendererDir: path.join(root, RENDERER_DIR) });
  const browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  await page.goto(host.url, { waitUntil: 'load' });
  return { page, browser, home, close: async () => { await browser.close().catch(() => undefined); await host.close(); await fs.rm(home, { recursive: true, force: true }); } };
}

/** rAF intervals recorded in the page (no named inner functions: tsx's name helper does not exist in the page, and the CSP forbids eval). */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __last: number; __tick: FrameRequestCallback };
    w.__frames = [];
    w.__last = performance.now();
    w.__tick = (t: number) => { w.__frames.push(t - w.__last); w.__last = t; if (w.__frames.length < 100_000) requestAnimationFrame(w.__tick); };
    requestAnimationFrame(w.__tick);
  });
}
const takeFrames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.splice(0));

/** Crashes and restores instances continuously (the same sequence every run): up to 6 down at once, one new fault every 150 ms. */
async function stream(endpoint: string, ids: Map<string, string>, ms: number): Promise<void> {
  const stop = Date.now() + ms;
  let k = 0;
  const active: string[] = [];
  while (Date.now() < stop) {
    const f = await control(endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-crash', instanceId: ids.get(`web-${(k++ * 13) % INSTANCES}`) });
    active.push(f.id!);
    if (active.length > 5) await control(endpoint, 'DELETE', `/_sandbox/faults/${active.shift()}`);
    await sleep(150);
  }
  await control(endpoint, 'DELETE', '/_sandbox/faults');
}

/** Fault → canvas through the browser host, and frame times (and optionally a trace) while updates stream. */
async function browserPart(endpoint: string, design: Design, ids: Map<string, string>, root: string, label: string): Promise<void> {
  const app = await startAt(root);
  const page = app.page;
  const say = (line: string) => console.log(`[${label}] ${line}`);
  try {
    await page.setViewportSize({ width: 1600, height: 1000 });
    const file = path.join(app.home, 'bench.ha.json');
    await fs.writeFile(file, serializeDesign(design));
    await page.waitForSelector('[data-testid="palette-region"]');
    // Diagnostics: --extra-css "<rules>" adds a style sheet (what-if experiments on layers and invalidations).
    const css = value('--extra-css');
    if (css) await page.addStyleTag({ content: css });
    await page.keyboard.press('Control+O');
    await page.fill('[data-testid="dialog-path"]', file);
    await page.click('[data-testid="dialog-ok"]');
    await page.waitForSelector('[data-testid="node-web-0"]', { timeout: 30_000 });
    // --fit: the whole design in view (every node drawn, as small tiles), instead of the opening view.
    if (arg('--fit')) { await page.click('.react-flow__controls-fitview'); await sleep(1500); }
    await page.click('[data-testid="tab-live"]');
    await page.fill('[data-testid="live-panel"] input', endpoint);
    await page.click('[data-testid="live-start"]');
    await page.waitForFunction(() => document.querySelectorAll('.ha-health-ok, .ha-health-healthy').length > 50, undefined, { timeout: 30_000 });
    // Nodes the canvas actually draws (React Flow skips what is off screen).
    const drawn = new Set(await page.locator('[data-testid^="health-web-"]').evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('health-'.length))));
    say(`${drawn.size} instances drawn with a health dot`);
    if (!arg('--frames-only')) {
      // Watch the canvas's health dots for a node turning down; record when it happens, in page time.
      const lat: number[] = [];
      const names = [...ids.keys()].filter((id) => drawn.has(id)).filter((_, i) => i % 3 === 0).slice(0, 15);
      if (names.length === 0) throw new Error('no instance is drawn on the canvas');
      for (const nodeId of names) {
        await sleep(Math.random() * 1000);
        const wait = page.waitForFunction((id) => (document.querySelector(`[data-testid="health-${id}"]`)?.classList.contains('ha-health-down') ? Date.now() : false), nodeId, { polling: 'raf', timeout: 10_000 });
        const start = await page.evaluate(() => Date.now());
        const f = await control(endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-crash', instanceId: ids.get(nodeId) });
        const seenAt = (await (await wait).jsonValue()) as number;
        lat.push(seenAt - start);
        await control(endpoint, 'DELETE', `/_sandbox/faults/${f.id}`);
        await page.waitForFunction((id) => document.querySelector(`[data-testid="health-${id}"]`)?.matches('.ha-health-ok, .ha-health-healthy'), nodeId, { timeout: 10_000 });
      }
      say(`fault → canvas (ms, n=${lat.length}, node visible): p50 ${pct(lat, 50)}, p95 ${pct(lat, 95)}, max ${Math.max(...lat)}`);
    }
    await startFrames(page);
    await sleep(3000);
    const idle = (await takeFrames(page)).slice(5);
    say(`renderer frame time idle, live mode on (ms, n=${idle.length}): p50 ${pct(idle, 50).toFixed(1)}, p95 ${pct(idle, 95).toFixed(1)}`);
    const cdp = arg('--profile') ? await page.context().newCDPSession(page) : undefined;
    if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
    const trace = arg('--trace');
    if (trace) await app.browser.startTracing(page, { categories: [...TRACE_CATEGORIES, ...(arg('--trace-invalidations') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])] });
    await takeFrames(page);
    // The host process (Sandbox, monitor, web host: this process) shares the 2 cores with Chromium.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await stream(endpoint, ids, 8000);
    const cpu = process.cpuUsage(cpu0);
    say(`host process CPU while streaming (Sandbox + monitor + web host): ${((cpu.user + cpu.system) / 1000 / (performance.now() - t0)).toFixed(2)} cores`);
    const frames = (await takeFrames(page)).slice(5);
    if (trace) {
      const buf = await app.browser.stopTracing();
      const out = path.join(os.tmpdir(), `health-bench-${label}.trace.json`);
      await fs.writeFile(out, buf);
      say(`${formatTrace(summariseTrace(buf.toString('utf8')))}
(trace written to ${out})`);
    }
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[] } };
      const self = new Map<string, number>();
      for (const n of profile.nodes) {
        const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        self.set(k, (self.get(k) ?? 0) + (n.hitCount ?? 0));
      }
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${v}\t${k}`).join('\n'));
    }
    say(`renderer frame time while streaming (rAF intervals, ms, n=${frames.length}): p50 ${pct(frames, 50).toFixed(1)}, p95 ${pct(frames, 95).toFixed(1)}, max ${Math.max(...frames).toFixed(1)}`);
    await page.click('[data-testid="live-stop"]');
  } finally {
    await app.close();
  }
}

void main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
