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
    await startFrames(page);
    await page.keyboard.down('Space');
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 90; i++) await page.mouse.move(cx - 300 * Math.sin((i / 90) * Math.PI * 2), cy - 200 * Math.sin((i / 45) * Math.PI), { steps: 1 });
    await page.mouse.up();
    await page.keyboard.up('Space');
    const pan = await stopFrames(page);

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
    return { count, nodes: design.nodes.length, edges: design.edges.length, parseMs, integrityMs, openMs, inPageParse, renderMs, commitMs, rendered, pan, drag, errors: app.errors.slice(0, 3) };
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
  console.log(`drag frames: n=${r.drag.length} p50 ${ms(pct(r.drag, 50))} p95 ${ms(pct(r.drag, 95))} max ${ms(Math.max(...r.drag))}`);
  if (r.errors.length) console.log('page errors:', r.errors);
}
