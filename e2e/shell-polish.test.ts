// Shell polish in a real browser: the empty-canvas hint (shown, never in the way, gone with the first
// node), the inspector's one-line id with its copy button, and the bottom panel resized by its top edge
// (pointer, keyboard, double-click) with the height kept across a reload.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createNode, emptyDesign, indexDesign, serializeDesign, type NodeKind } from '../src/model';
import { startApp, type App } from './harness';
import { centre, dropFromPalette } from './canvas-helpers';

let app: App;
let page: Page;
const panelHeight = async () => Math.round((await page.locator('[data-testid="bottom-panel"]').boundingBox())!.height);

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.on('dialog', (d) => void d.accept());
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.host.url).origin });
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.waitForSelector('[data-testid="palette-region"]');
});
afterAll(async () => { await app?.close(); });

describe('empty canvas hint', () => {
  it('shows how to start on an empty design, lets a drop through, and is gone with the first node', async () => {
    const hint = page.locator('[data-testid="empty-hint"]');
    await hint.waitFor();
    expect(await hint.textContent()).toMatch(/Drag a Region from the palette.*New from template….*Ctrl\+Shift\+N/);
    // Dropped right on the hint's card: the canvas underneath still gets it.
    await dropFromPalette(page, 'region', await centre(page, '.ha-empty-card'));
    await page.waitForSelector('.react-flow__node [data-kind="region"]');
    await hint.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await hint.waitFor();
  });
});

describe('inspector id line', () => {
  it('shows a long id on one line with an ellipsis, the whole id in its tooltip, and copies it', async () => {
    const long = `web-server-in-the-first-availability-zone-${'x'.repeat(40)}`;
    let design = emptyDesign('long-ids', 'Long ids');
    const add = (kind: NodeKind, o: { id: string; parent?: string }) => { design = { ...design, nodes: [...design.nodes, createNode(indexDesign(design), kind, o)] }; };
    add('region', { id: 'r' });
    add('vpc', { id: 'v', parent: 'r' });
    add('az', { id: 'a', parent: 'v' });
    add('subnet', { id: 's', parent: 'a' });
    add('instance', { id: long, parent: 's' });
    const file = path.join(app.home, 'long.ha.json');
    await fs.writeFile(file, serializeDesign(design));
    await page.keyboard.press('Control+O');
    await page.fill('[data-testid="dialog-path"]', file);
    await page.click('[data-testid="dialog-ok"]');
    await page.locator(`[data-testid="node-${long}"]`).click();
    const id = page.locator('[data-testid="inspector-id"]');
    const m = await id.evaluate((el) => ({ h: el.getBoundingClientRect().height, sw: el.scrollWidth, cw: el.clientWidth, lh: parseFloat(getComputedStyle(el).lineHeight) || 16, title: el.getAttribute('title') }));
    expect(m.h).toBeLessThan(m.lh * 1.5); // one line
    expect(m.sw).toBeGreaterThan(m.cw); // cut with an ellipsis, not wrapped
    expect(m.title).toContain(long);
    await page.click('[data-testid="inspector-copy-id"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(long);
    // Where the host refuses the Clipboard API (Electron denies every permission), the copy still works.
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied by the host', 'NotAllowedError')); });
    await page.click('[data-testid="inspector-copy-id"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(long);
  });
});

describe('group headers', () => {
  it('show every subnet, zone, VPC and region name and CIDR of the templates in full (nothing cut)', async () => {
    for (const id of ['ecommerce-ha', 'multi-region-active-active', 'fragile-starter']) {
      await page.click('[data-testid="tb-file.newFromTemplate"]');
      await page.click(`[data-testid="template-${id}"]`);
      await page.waitForSelector('.react-flow__node [data-kind="subnet"]');
      // Layout sizes, unaffected by the zoom: what a user reads at 100 %.
      const cut = await page.locator('.ha-group-header').evaluateAll((els) => els.flatMap((h) => [h, ...h.querySelectorAll('.ha-group-name, .ha-group-sub')])
        .filter((e) => e.scrollWidth > e.clientWidth + 0.5).map((e) => e.textContent));
      const subnets = await page.locator('.ha-group-subnet .ha-group-sub').allTextContents();
      expect(subnets.length, id).toBeGreaterThan(3);
      expect(subnets.every((t) => /^(Public|Private) · \d+\.\d+\.\d+\.\d+\/\d+$/.test(t)), id).toBe(true);
      expect(cut, id).toEqual([]);
    }
  });
});

describe('bottom panel height', () => {
  it('grows when its top edge is dragged up, and keeps that height across a reload', async () => {
    expect(await panelHeight()).toBe(220);
    const { x, y } = await centre(page, '[data-testid="bottom-resizer"]');
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 80, { steps: 4 });
    await page.mouse.move(x, y - 150, { steps: 4 });
    await page.mouse.up();
    expect(await panelHeight()).toBe(370);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="palette-region"]');
    expect(await panelHeight()).toBe(370);
  });

  it('stops at 70 % of the window and at its minimum', async () => {
    const drag = async (dy: number) => {
      const { x, y } = await centre(page, '[data-testid="bottom-resizer"]');
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + dy, { steps: 6 });
      await page.mouse.up();
    };
    await drag(-900);
    expect(await panelHeight()).toBe(700);
    await drag(900);
    expect(await panelHeight()).toBe(120);
  });

  it('is resized from the keyboard and restored to the default by a double-click', async () => {
    await page.focus('[data-testid="bottom-resizer"]');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await panelHeight()).toBe(152);
    await page.keyboard.press('ArrowDown');
    expect(await panelHeight()).toBe(136);
    expect(await page.getAttribute('[data-testid="bottom-resizer"]', 'aria-valuenow')).toBe('136');
    await page.dblclick('[data-testid="bottom-resizer"]');
    expect(await panelHeight()).toBe(220);
    expect(app.errors).toEqual([]);
  });
});
