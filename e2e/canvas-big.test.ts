// A big design in a real browser: React Flow holds only the render window (the view plus an overscan margin), panning
// far mounts what comes into view with its edges, zooming far out draws the design on one canvas, and the minimap moves the view.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeDesign } from '../src/model';
import { generateDesign } from '../src/testing/generate';
import { startApp, type App } from './harness';

let app: App;
let page: Page;
const design = generateDesign(3000, 11);

const mounted = () => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
const transform = () => page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);

async function spacePan(dx: number, strokes: number): Promise<void> {
  const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
  const y = box.y + box.height / 2, x0 = dx < 0 ? box.x + box.width - 80 : box.x + 80;
  for (let s = 0; s < strokes; s++) {
    await page.keyboard.down('Space');
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move(x0 + dx, y, { steps: 12 });
    await page.mouse.up();
    await page.keyboard.up('Space');
  }
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.waitForSelector('[data-testid="palette-region"]');
  const file = path.join(app.home, 'big.ha.json');
  await fs.writeFile(file, serializeDesign(design));
  await page.keyboard.press('Control+O');
  await page.fill('[data-testid="dialog-path"]', file);
  await page.click('[data-testid="dialog-ok"]');
  await page.waitForSelector('.react-flow__node');
});
afterAll(async () => { await app?.close(); });

describe('a 3,000-resource design on the canvas', () => {
  it('mounts only the render window, and panning far mounts what comes into view with its edges', async () => {
    await expect.poll(async () => (await mounted()).length, { timeout: 5000 }).toBeGreaterThan(20);
    const before = new Set(await mounted());
    expect(before.size).toBeLessThan(design.nodes.length / 4);
    await spacePan(-600, 6);
    await expect.poll(async () => (await mounted()).filter((id) => !before.has(id)).length, { timeout: 5000 }).toBeGreaterThan(20);
    const now = new Set(await mounted());
    // Every connection between two mounted nodes is drawn.
    const expected = design.edges.filter((e) => now.has(e.source) && now.has(e.target)).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const drawn = await page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    expect(drawn.sort()).toEqual(expected);
    expect(app.errors).toEqual([]);
  });

  it('zoom to fit draws the whole design as one picture, and zooming back in mounts nodes again', async () => {
    await page.keyboard.press('Shift+1');
    await expect(page.locator('[data-testid="canvas-overview-layer"]').waitFor({ state: 'visible', timeout: 5000 })).resolves.toBeUndefined();
    await expect.poll(async () => (await mounted()).length, { timeout: 5000 }).toBe(0);
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + 150);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await mounted()).length, { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="canvas-overview-layer"]').count(), { timeout: 5000 }).toBe(0);
  });

  it('shows the whole design in the minimap and moves the view where the minimap is clicked', async () => {
    const mini = page.locator('[data-testid="minimap"] canvas');
    await expect(mini.isVisible()).resolves.toBe(true);
    const before = await transform();
    const b = (await mini.boundingBox())!;
    await page.mouse.click(b.x + b.width * 0.8, b.y + b.height * 0.5);
    await expect.poll(transform, { timeout: 3000 }).not.toBe(before);
  });
});
