// Provision badges in a real browser: after applying a template to a Sandbox from the Provision tab, every
// provisioned node's badge says "ready" — also when the apply's answer comes back after its first steps
// (they used to be painted back to "planned"), and when no provision event reaches the page at all (the
// run's status and its end snapshot reconcile every node).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../src/cloud-sim';
import { startApp, type App } from './harness';

let sb: Sandbox;
let app: App;
let page: Page;
/** Network conditions of the current test: how late the apply's answer is, whether provision events are dropped. */
const net = { applyDelayMs: 0, dropProvisionEvents: false };

beforeAll(async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  sb = await startSandbox({ port: 0, host: '127.0.0.1', timeScale: 0.01 });
  // The host's provision service finds its Sandbox here instead of the shared default port.
  process.env.HA_SANDBOX_ENDPOINT = sb.endpoint;
  app = await startApp();
  page = app.page;
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.route('**/api/provision:apply', async (route) => {
    const res = await route.fetch();
    await new Promise((r) => setTimeout(r, net.applyDelayMs));
    await route.fulfill({ response: res });
  });
  await page.routeWebSocket('**/events*', (ws) => {
    const server = ws.connectToServer();
    server.onMessage((m) => {
      if (net.dropProvisionEvents && String(m).startsWith('{"channel":"provision:')) return;
      ws.send(m);
    });
  });
  // The event socket opened at start-up predates the route: reload so the page's socket goes through it.
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('[data-testid="palette-region"]');
});
afterAll(async () => {
  await app?.close();
  await sb?.close();
});

async function applyTemplate(id: string): Promise<void> {
  await page.click('[data-testid="tb-file.newFromTemplate"]');
  await page.click(`[data-testid="template-${id}"]`);
  await page.waitForSelector('.react-flow__node');
  await page.click('[data-testid="tab-provision"]');
  const panel = page.locator('[data-testid="provision-panel"]');
  const ends = async () => ((await panel.locator('.pv-log').textContent()) ?? '').match(/apply (ok|failed|canceled|error|stopped)/g)?.length ?? 0;
  const before = await ends();
  // Straight to Apply (no Plan first): the plan arrives with the apply's answer.
  await panel.getByRole('button', { name: 'Apply…' }).click();
  await panel.getByRole('button', { name: 'Yes, apply' }).click();
  await expect.poll(ends, { timeout: 120_000, interval: 250 }).toBe(before + 1);
  const last = [...((await panel.locator('.pv-log').textContent()) ?? '').matchAll(/apply \w+: \d+ done, \d+ failed, \d+ skipped, \d+ canceled/g)].pop()?.[0];
  expect(last).toMatch(/apply ok: \d+ done, 0 failed, 0 skipped, 0 canceled/);
  const bar = panel.locator('.pv-progress');
  expect(await bar.getAttribute('data-finished')).toBe(await bar.getAttribute('data-total'));
}

/** Provision state of every node on screen, after zooming to fit (every node and its badge drawn). */
async function badges(): Promise<{ nodes: number; states: Record<string, string | null> }> {
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(600);
  const nodes = await page.locator('.react-flow__node [data-kind]').count();
  const states = await page.locator('[data-testid^="provision-"][data-state]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-testid')!.slice('provision-'.length), e.getAttribute('data-state')])));
  return { nodes, states };
}

describe('provision badges after an apply', () => {
  it('every provisioned node of the reference template ends "ready", though the apply answered after its first steps', async () => {
    net.applyDelayMs = 2500;
    await applyTemplate('ecommerce-ha');
    const { nodes, states } = await badges();
    expect(nodes).toBeGreaterThan(20);
    // Everything the template provisions has a badge (a DNS record is not provisioned: no badge).
    expect(Object.keys(states).length).toBeGreaterThan(20);
    expect(Object.entries(states).filter(([, s]) => s !== 'ready')).toEqual([]);
    net.applyDelayMs = 0;
  });

  it('ends every node "ready" even when no provision event reaches the page', async () => {
    net.dropProvisionEvents = true;
    await applyTemplate('multi-region-active-active');
    const { states } = await badges();
    expect(Object.keys(states).length).toBeGreaterThan(30);
    expect(Object.entries(states).filter(([, s]) => s !== 'ready')).toEqual([]);
    net.dropProvisionEvents = false;
    expect(app.errors).toEqual([]);
  });
});
