// Live health in a real browser: a design provisioned in the Sandbox turns healthy on the canvas, an AZ failure
// injected from the game-day panel turns its nodes down with the prediction beside them, the timeline links to
// the node, recovery is observed, and the wall screen (same host, ?view=wall) shows the same states.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../src/cloud-sim';
import { applyDesignChanges, createNode, indexDesign, serializeDesign, type Design } from '../src/model';
import { provisionWeb, sandboxWebDesign } from '../src/health/sandbox.test-util';
import { startApp, type App } from './harness';

let sb: Sandbox;
let app: App;
let page: Page;
const design = sandboxWebDesign('e2e-live');
/** The drawing opened in the app: the provisioned design plus an instance that was never provisioned (not deployed). */
const drawn: Design = applyDesignChanges(design, [{ type: 'addNode', node: createNode(indexDesign(design), 'instance', { id: 'web-x', parent: 's1', name: 'web-x' }) }]);

const dot = (id: string) => page.locator(`[data-testid="health-${id}"]`);

beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.02 });
  await provisionWeb(sb, design);
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1600, height: 1000 });
  const file = path.join(app.home, 'web.ha.json');
  await fs.writeFile(file, serializeDesign(drawn));
  await page.waitForSelector('[data-testid="palette-region"]');
  await page.keyboard.press('Control+O');
  await page.fill('[data-testid="dialog-path"]', file);
  await page.click('[data-testid="dialog-ok"]');
  await page.waitForSelector('[data-testid="node-web-a1"]');
});
afterAll(async () => {
  // The host's health service is process-wide: stop the watch so it does not outlive the Sandbox.
  await page?.click('[data-testid="live-stop"]').catch(() => undefined);
  await app?.close();
  await sb?.close();
});

describe('live health in the browser', () => {
  it('live mode paints every resource healthy', async () => {
    await page.click('[data-testid="tab-live"]');
    await page.fill('[data-testid="live-panel"] input', sb.endpoint);
    await page.click('[data-testid="live-start"]');
    await expect.poll(() => dot('web-a1').getAttribute('class'), { timeout: 8000 }).toContain('ha-health-ok');
    await expect.poll(() => dot('tg').getAttribute('class'), { timeout: 8000 }).toContain('ha-health-ok');
    expect(await dot('web-b1').getAttribute('title')).toMatch(/^ok: running in us-east-1b.* — since \d/);
    // Never provisioned: a hollow dot and a "not deployed" chip, not grey like unknown.
    await expect.poll(() => dot('web-x').getAttribute('class'), { timeout: 8000 }).toBe('ha-health ha-health-not-deployed');
    expect(await page.locator('[data-testid="live-web-x"]').textContent()).toBe('not deployed');
  });

  it('failing an AZ from the game-day panel turns its nodes down, shows the prediction, and links the timeline to the node', async () => {
    await page.click('[data-testid="gameday-fail-az"]');
    await expect.poll(() => dot('web-a1').getAttribute('class'), { timeout: 5000 }).toContain('ha-health-down');
    await expect.poll(() => page.locator('[data-testid="live-web-a1"]').textContent(), { timeout: 5000 }).toBe('DOWN');
    await expect.poll(() => dot('tg').getAttribute('class'), { timeout: 5000 }).toContain('ha-health-degraded');
    expect(await dot('web-b1').getAttribute('class')).toContain('ha-health-ok');
    // The blocked edge is marked at its midpoint, in the canvas's live layer.
    await expect.poll(() => page.locator('[data-testid="flow-e-tg-web-a1"]').getAttribute('data-flow'), { timeout: 5000 }).toBe('blocked');
    expect(await page.locator('[data-testid="flow-e-tg-web-a1"]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-testid="observed-web-a1"]').textContent(), { timeout: 5000 }).toBe('down');
    const entry = page.locator('[data-testid="health-timeline"] button', { hasText: 'web-a1: down' }).first();
    await entry.click();
    await expect.poll(() => page.locator('[data-testid="node-web-a1"]').getAttribute('class')).toContain('is-selected');
  });

  it('the wall screen served by the same host shows the same states, read-only', async () => {
    const wall = await app.context.newPage();
    await wall.goto(`${app.host.url}&view=wall`);
    await expect.poll(() => wall.locator('[data-testid="wall-web-a1"]').getAttribute('data-state'), { timeout: 5000 }).toBe('down');
    expect(await wall.locator('[data-testid="wall-web-b1"]').getAttribute('data-state')).toBe('ok');
    expect(await wall.locator('[data-testid="wall-overall"]').textContent()).toMatch(/UNHEALTHY/);
    expect(await wall.locator('[data-testid="wall-view"] input, [data-testid="wall-view"] select').count()).toBe(0);
    await wall.close();
  });

  it('clearing the fault is observed as recovery on the canvas', async () => {
    await page.locator('[data-testid="gameday"] button', { hasText: 'Clear all' }).click();
    await expect.poll(() => dot('web-a1').getAttribute('class'), { timeout: 8000 }).toContain('ha-health-ok');
    await expect.poll(() => dot('tg').getAttribute('class'), { timeout: 8000 }).toContain('ha-health-ok');
    expect(app.errors).toEqual([]);
  });

  it('throttled EC2 reads turn instances stale — greyed in their last known colour, with the age of their data — never down', async () => {
    const seen = new Set<string>();
    const watch = setInterval(() => void dot('web-b1').getAttribute('class').then((c) => seen.add(c ?? ''), () => undefined), 100);
    await page.locator('[data-testid="gameday"] button', { hasText: 'Inject throttling' }).click();
    await expect.poll(() => dot('web-b1').getAttribute('class'), { timeout: 8000 }).toBe('ha-health ha-health-stale ha-health-was-ok');
    await expect.poll(() => page.locator('[data-testid="live-web-b1"]').textContent(), { timeout: 5000 }).toMatch(/^stale \d+ s$/);
    expect(await dot('web-b1').getAttribute('title')).toMatch(/^stale \(last known ok\): .* — since \d/);
    await page.locator('[data-testid="gameday"] button', { hasText: 'Clear all' }).click();
    await expect.poll(() => dot('web-b1').getAttribute('class'), { timeout: 8000 }).toBe('ha-health ha-health-ok');
    clearInterval(watch);
    expect([...seen].filter((c) => c.includes('ha-health-down'))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
