// Canvas benchmark: opens generated designs of 1,000 and 10,000 resources in the browser host (Chromium),
// and measures time to open and first render, and frame times while panning and while dragging a node.
// Run: npm run build (or npx vite build), then `npx tsx bench/canvas-bench.ts [sizes…]`.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startApp } from '../e2e/harness';
import { generateDesign } from '../src/testing/generate';
import { checkIntegrity, designSchema, parseDesign, serializeDesign } from '../src/model';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 10000];
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN; };
const ms = (v: number) => `${v.toFixed(1)} ms`;

// Page scripts as strings: tsx would otherwise inject its __name helper into functions sent to the page.
const START_FRAMES = `(() => { window.__frames = []; window.__stop = false; let last = performance.now();
  const tick = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); }); })()`;
const STOP_FRAMES = '(() => { window.__stop = true; return window.__frames.slice(1); })()';
const MARKS = "Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ha:open')).map((m) => [m.name, m.startTime]))";
const COMMIT_AFTER = (t: number) => `(performance.getEntriesByName('ha:canvas:commit').find((m) => m.startTime >= ${t}) || { startTime: NaN }).startTime`;

// Renderer CPU from a Chromium trace: thread CPU time (tdur) of top-level tasks, which a loaded machine inflates far
// less than rAF intervals. Per pan step for every renderer thread, and per 16.7 ms slot for the main thread.
const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'cc', 'viz'];
interface TraceEvent { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }
function traceCpu(events: TraceEvent[], steps: number) {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) if (e.ph === 'X' && e.tdur !== undefined && e.dur !== undefined) {
    const k = `${e.pid}:${e.tid}`;
    (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
  }
  const perThread: Record<string, number> = {};
  let mainTop: TraceEvent[] = [];
  for (const [k, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const top: TraceEvent[] = [];
    let end = -1;
    for (const e of list) if (e.ts >= end) { top.push(e); end = e.ts + e.dur!; }
    const name = (names.get(k) ?? '?').replace(/\d+$/, '');
    perThread[name] = (perThread[name] ?? 0) + top.reduce((t, e) => t + e.tdur!, 0) / 1000;
    if (name === 'CrRendererMain' && top.length > mainTop.length) mainTop = top;
  }
  const slots = new Map<number, number>();
  const t0 = mainTop[0]?.ts ?? 0;
  for (const e of mainTop) { const slot = Math.floor((e.ts - t0) / 16_667); slots.set(slot, (slots.get(slot) ?? 0) + e.tdur! / 1000); }
  const last = Math.floor(((mainTop.at(-1)?.ts ?? t0) - t0) / 16_667);
  const perSlot = Array.from({ length: last + 1 }, (_, i) => slots.get(i) ?? 0);
  const step = (n: string) => (perThread[n] ?? 0) / steps;
  return { main: step('CrRendererMain'), compositor: step('Compositor'), raster: step('ThreadPoolForegroundWorker'), display: step('VizCompositorThread'), mainSlot50: pct(perSlot, 50), mainSlot95: pct(perSlot, 95) };
}

async function pan(page: Page, cx: number, cy: number, path: (i: number) => [number, number], steps: number): Promise<void> {
  await page.keyboard.down('Space');
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < steps; i++) { const [x, y] = path(i); await page.mouse.move(x, y, { steps: 1 }); }
  await page.mouse.up();
  await page.keyboard.up('Space');
}

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}
async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(STOP_FRAMES) as Promise<number[]>;
}

async function measure(count: number) {
  const design = generateDesign(count, 7);
  const text = serializeDesign(design);
  // Parse cost in Node (same V8): the whole of parseDesign, and its integrity part.
  let t = performance.now(); parseDesign(text); const parseMs = performance.now() - t;
  const raw = designSchema.parse(JSON.parse(text));
  t = performance.now(); checkIntegrity(raw as never); const integrityMs = performance.now() - t;

  const app = await startApp();
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForSelector('[data-testid="palette-region"]');
    const file = path.join(app.home, `gen-${count}.ha.json`);
    await fs.writeFile(file, text);
    await page.keyboard.press('Control+O');
    await page.fill('[data-testid="dialog-path"]', file);
    const t0 = (await page.evaluate('performance.now()')) as number;
    await page.click('[data-testid="dialog-ok"]');
    // A function, not a string (the page's CSP forbids eval); it declares nothing named, so tsx adds no helper to it.
    const t1 = await page.waitForFunction(() => {
      const g = globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } }; requestAnimationFrame(cb: () => void): void };
      if (g.document.querySelectorAll('.react-flow__node').length === 0) return 0;
      return new Promise<number>((r) => g.requestAnimationFrame(() => g.requestAnimationFrame(() => r(performance.now()))));
    }, undefined, { polling: 50, timeout: 120_000 }).then((h) => h.jsonValue() as Promise<number>);
    const marks = (await page.evaluate(MARKS)) as Record<string, number>;
    const openMs = t1 - t0;
    const parsedAt = marks['ha:open:parsed'] ?? t0;
    const renderMs = t1 - parsedAt;
    const inPageParse = parsedAt - (marks['ha:open:start'] ?? t0);
    const commitMs = ((await page.evaluate(COMMIT_AFTER(parsedAt))) as number) - parsedAt;
    const rendered = await page.locator('.react-flow__node').count();
    await page.waitForTimeout(800);

    // Pan: hold Space (React Flow's pan key) and drag across the canvas.
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const cx = canvas.x + canvas.width / 2, cy = canvas.y + canvas.height / 2;
    const loop = (i: number): [number, number] => [cx - 300 * Math.sin((i / 90) * Math.PI * 2), cy - 200 * Math.sin((i / 45) * Math.PI)];
    await startFrames(page);
    await pan(page, cx, cy, loop, 90);
    const panFrames = await stopFrames(page);
    // The same pan under a trace, for CPU per step (a separate pass: tracing costs frames itself).
    const browser = page.context().browser()!;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await pan(page, cx, cy, loop, 90);
    const panCpu = traceCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents, 90);
    // A pan that grabbed a node would measure a node drag: nothing may have been edited.
    if (!(await page.locator('[data-testid="tb-edit.undo"]').isDisabled())) throw new Error('the pan moved a node instead of the view');
    // A long pan, 3,500 px one way in five strokes (about four pane widths): the render window moves, nodes mount on the way.
    const x0 = canvas.x + canvas.width - 60;
    await startFrames(page);
    const viewX = () => page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).e);
    const startX = await viewX();
    for (let stroke = 0; stroke < 5; stroke++) await pan(page, x0, cy, (i) => [x0 - 25 * (i + 1), cy], 28);
    const longPan = await stopFrames(page);
    if (startX - (await viewX()) < 3000) throw new Error(`the long pan moved the view by ${startX - (await viewX())} px, not 3,500`);

    // Drag a visible resource node around.
    const node = page.locator('.react-flow__node-resource').first();
    const b = (await node.boundingBox())!;
    const nx = b.x + b.width / 2, ny = b.y + b.height / 2;
    await startFrames(page);
    await page.mouse.move(nx, ny);
    await page.mouse.down();
    for (let i = 0; i < 90; i++) await page.mouse.move(nx + 40 * Math.sin((i / 90) * Math.PI * 2), ny + 30 * Math.sin((i / 45) * Math.PI), { steps: 1 });
    await page.mouse.up();
    const drag = await stopFrames(page);
    return { count, nodes: design.nodes.length, edges: design.edges.length, parseMs, integrityMs, openMs, inPageParse, renderMs, commitMs, rendered, pan: panFrames, panCpu, longPan, drag, errors: app.errors.slice(0, 3) };
  } finally {
    await app.close();
  }
}

for (const count of SIZES) {
  const r = await measure(count);
  console.log(`\n== ${r.count} resources (${r.nodes} nodes, ${r.edges} edges) ==`);
  console.log(`open → first render: ${ms(r.openMs)} (parseDesign in page ${ms(r.inPageParse)}; parse → canvas committed ${ms(r.commitMs)}; parse → first paint ${ms(r.renderMs)}); ${r.rendered} nodes mounted`);
  console.log(`  parseDesign in Node: ${ms(r.parseMs)}, of which checkIntegrity ${ms(r.integrityMs)}`);
  console.log(`pan frames:  n=${r.pan.length} p50 ${ms(pct(r.pan, 50))} p95 ${ms(pct(r.pan, 95))} max ${ms(Math.max(...r.pan))}`);
  const c = r.panCpu;
  console.log(`pan CPU per step: renderer main ${ms(c.main)}, compositor ${ms(c.compositor)}, raster ${ms(c.raster)}, display compositor ${ms(c.display)}; main thread per 16.7 ms slot p50 ${ms(c.mainSlot50)} p95 ${ms(c.mainSlot95)}`);
  console.log(`long pan frames (3,500 px): n=${r.longPan.length} p50 ${ms(pct(r.longPan, 50))} p95 ${ms(pct(r.longPan, 95))} max ${ms(Math.max(...r.longPan))}`);
  console.log(`drag frames: n=${r.drag.length} p50 ${ms(pct(r.drag, 50))} p95 ${ms(pct(r.drag, 95))} max ${ms(Math.max(...r.drag))}`);
  if (r.errors.length) console.log('page errors:', r.errors);
}
