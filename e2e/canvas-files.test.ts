// Files and export in a real browser: a corrupt file is refused with its JSON path and left untouched,
// moving a node re-parents it (or is refused), PNG/SVG export, and the crash-recovery offer.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { centre, lastToast, mouseDrag } from './canvas-helpers';

let app: App;
let page: Page;

async function openFile(file: string): Promise<void> {
  await page.keyboard.press('Control+O');
  await page.fill('[data-testid="dialog-path"]', file);
  await page.click('[data-testid="dialog-ok"]');
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.waitForSelector('[data-testid="palette-region"]');
  // A known design: two subnets in one AZ, an instance in the first.
  await page.click('[data-testid="tb-file.newFromTemplate"]');
  await page.locator('[data-testid^="template-ecommerce"]').first().click();
  await page.waitForSelector('.react-flow__node');
});
afterAll(async () => { await app?.close(); });

describe('files and export', () => {
  it('opening a corrupt file shows the JSON path of the first problem, keeps the design, and leaves the file untouched', async () => {
    const good = path.join(app.home, 'good.ha.json');
    await page.keyboard.press('Control+Shift+S');
    await page.fill('[data-testid="dialog-path"]', good);
    await page.click('[data-testid="dialog-ok"]');
    await expect.poll(() => fs.stat(good).then(() => true, () => false)).toBe(true);
    const design = JSON.parse(await fs.readFile(good, 'utf8'));
    design.nodes[3].position = { x: 'left', y: 0 };
    const bad = path.join(app.home, 'bad.ha.json');
    const text = JSON.stringify(design, null, 2);
    await fs.writeFile(bad, text);
    const count = await page.locator('.react-flow__node').count();
    await openFile(bad);
    await page.waitForSelector('[data-testid="dialog-error"]');
    expect(await page.textContent('[data-testid="dialog-message"]')).toMatch(/^\$\.nodes\[3\]\.position\.x: /);
    await page.click('[data-testid="dialog-close"]');
    expect(await fs.readFile(bad, 'utf8')).toBe(text);
    expect(await page.locator('.react-flow__node').count()).toBe(count);
  });

  it('moving an instance into another subnet re-parents it; moving it out of every subnet is refused', async () => {
    const inst = page.locator('.react-flow__node [data-kind="instance"]').first();
    const hasInstance = (await inst.count()) > 0;
    // The template has databases in subnets; use one of them when it has no bare instance.
    const kind = hasInstance ? 'instance' : 'database';
    const node = page.locator(`.react-flow__node [data-kind="${kind}"]`).first();
    const id = (await node.getAttribute('data-testid'))!.replace('node-', '');
    const subnets = await page.locator('.react-flow__node [data-kind="subnet"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('node-', '')));
    const from = await centre(page, `[data-testid="node-${id}"]`);
    // An empty subnet to move into (one without resources).
    const target = subnets.find((s) => s.startsWith('app')) ?? subnets[0]!;
    const box = (await page.locator(`[data-testid="node-${target}"]`).boundingBox())!;
    await mouseDrag(page, from, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 6 });
    await page.keyboard.press('Control+S');
    await page.waitForSelector('[data-testid="dirty"]', { state: 'detached' });
    const saved = JSON.parse(await fs.readFile(path.join(app.home, 'good.ha.json'), 'utf8'));
    expect(saved.nodes.find((n: { id: string }) => n.id === id).parent).toBe(target);
    // Out onto the empty canvas: refused with the reason, nothing changes.
    const now = await centre(page, `[data-testid="node-${id}"]`);
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    await mouseDrag(page, now, { x: canvas.x + 30, y: canvas.y + canvas.height - 30 });
    expect(await lastToast(page)).toMatch(/cannot go on the canvas top level: place it inside a subnet/);
    // Nothing was recorded: the design is still the saved one (the view may have auto-panned).
    expect(await page.locator('[data-testid="dirty"]').count()).toBe(0);
    expect(await page.locator(`[data-testid="node-${id}"]`).count()).toBe(1);
  });

  it('exports a PNG and an SVG through the host', async () => {
    const png = path.join(app.home, 'diagram.png');
    await page.click('[data-testid="tb-file.exportPng"]');
    await page.fill('[data-testid="dialog-path"]', png);
    await page.click('[data-testid="dialog-ok"]');
    await expect.poll(() => fs.stat(png).then((s) => s.size, () => 0), { timeout: 10_000 }).toBeGreaterThan(10_000);
    const bytes = await fs.readFile(png);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const svg = path.join(app.home, 'diagram.svg');
    await page.click('[data-testid="tb-file.exportSvg"]');
    await page.fill('[data-testid="dialog-path"]', svg);
    await page.click('[data-testid="dialog-ok"]');
    await expect.poll(() => fs.readFile(svg, 'utf8').catch(() => ''), { timeout: 10_000 }).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(await fs.readFile(svg, 'utf8')).toContain('<image href="data:image/svg+xml');
  });

  it('shows validator findings as node badges and in the toolbar summary (validated off the main thread)', async () => {
    await page.click('[data-testid="tb-file.newFromTemplate"]');
    await page.locator('[data-testid="template-fragile-starter"]').click();
    await page.waitForSelector('[data-testid^="badge-"]', { timeout: 10_000 });
    const errors = Number(await page.textContent('[data-testid="findings-summary"] .ha-pill-error'));
    const warnings = Number(await page.textContent('[data-testid="findings-summary"] .ha-pill-warning'));
    expect(errors + warnings).toBeGreaterThan(0);
  });

  it('auto-layout (elkjs) rearranges the design as one undoable step', async () => {
    const before = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform).join('|'));
    const undoSteps = await page.locator('[data-testid="tb-edit.undo"]').isDisabled();
    expect(undoSteps).toBe(true);
    await page.click('[data-testid="tb-view.autoLayout"]');
    await expect.poll(() => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform).join('|')), { timeout: 15_000 }).not.toBe(before);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform).join('|'))).toBe(before);
  });

  it('offers to restore the autosaved copy after a crash', async () => {
    await page.click('.react-flow__pane', { position: { x: 5, y: 5 } });
    await page.waitForSelector('[data-testid="inspector-design"]');
    await page.fill('[data-testid="field-name"]', 'Unsaved rename');
    await page.press('[data-testid="field-name"]', 'Enter');
    await expect.poll(() => fs.readdir(app.home).then((f) => f.join(',')), { timeout: 12_000 }).toMatch(/recover/i);
    const second = await startApp({ home: app.home });
    try {
      await second.page.waitForSelector('[data-testid="dialog-recovery"]');
      await second.page.click('[data-testid="recovery-restore"]');
      await second.page.waitForSelector('[data-testid="dirty"]');
      expect(await second.page.textContent('[data-testid="title"]')).toContain('Unsaved rename');
    } finally {
      await second.close();
    }
  });
});
