// The canvas in a real browser against the browser host: nesting by drag and drop, a refused drop,
// connections, the inspector, undo/redo, copy/paste/delete, save and reopen.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { centre, dropFromPalette, lastToast, mouseDrag, nodeIds } from './canvas-helpers';

let app: App;
let page: Page;
const ids: Record<string, string> = {};

async function dropInto(kind: string, containerId: string | null, dx = 0, dy = 0): Promise<string> {
  const before = await nodeIds(page, kind);
  const c = containerId ? await centre(page, `[data-testid="node-${containerId}"]`) : await centre(page, '[data-testid="canvas"]');
  await dropFromPalette(page, kind, { x: c.x + dx, y: c.y + dy });
  await page.waitForFunction(({ kind, n }) => document.querySelectorAll(`.react-flow__node [data-kind="${kind}"]`).length > n, { kind, n: before.length });
  const added = (await nodeIds(page, kind)).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return added[0]!;
}

async function saveAs(file: string): Promise<void> {
  await page.keyboard.press('Control+Shift+S');
  await page.fill('[data-testid="dialog-path"]', file);
  await page.click('[data-testid="dialog-ok"]');
  // The success toast comes after the host wrote the file (a clean design shows no dirty marker either way).
  await page.waitForSelector(`[data-testid="toast"] >> text=Saved ${path.basename(file)}`);
}

const readDesign = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as { nodes: { id: string; kind: string; parent?: string; name: string }[]; edges: { kind: string; source: string; target: string; listener?: { port: number } }[] };

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.waitForSelector('[data-testid="palette-region"]');
});
afterAll(async () => { await app?.close(); });

describe('canvas editing', () => {
  it('nests region → VPC → AZ → subnet → instance dragged from the palette', async () => {
    ids.region = await dropInto('region', null);
    ids.vpc = await dropInto('vpc', ids.region);
    ids.az = await dropInto('az', ids.vpc, -150);
    ids.subnet = await dropInto('subnet', ids.az);
    ids.instance = await dropInto('instance', ids.subnet);
    const file = path.join(app.home, 'nested.ha.json');
    await saveAs(file);
    const d = await readDesign(file);
    const parentOf = (id: string) => d.nodes.find((n) => n.id === id)?.parent;
    expect([parentOf(ids.vpc), parentOf(ids.az), parentOf(ids.subnet), parentOf(ids.instance)]).toEqual([ids.region, ids.vpc, ids.az, ids.subnet]);
  });

  it('refuses a subnet dropped on the VPC outside any AZ, with the reason, and changes nothing', async () => {
    const before = await nodeIds(page, 'subnet');
    const vpc = await page.locator(`[data-testid="node-${ids.vpc}"]`).boundingBox();
    await dropFromPalette(page, 'subnet', { x: vpc!.x + vpc!.width - 60, y: vpc!.y + vpc!.height - 60 });
    expect(await lastToast(page)).toBe('A subnet cannot go in a VPC: place it inside an availability zone of a VPC.');
    expect(await nodeIds(page, 'subnet')).toEqual(before);
  });

  it('connects a load balancer to a target group (listener edge) and the group to the instance', async () => {
    ids.lb = await dropInto('loadBalancer', ids.vpc, 250, -150);
    ids.tg = await dropInto('targetGroup', ids.vpc, 250, 60);
    const handle = (id: string, side: 'left' | 'right') => centre(page, `.react-flow__node[data-id="${id}"] .react-flow__handle-${side}`);
    await page.hover(`[data-testid="node-${ids.lb}"]`);
    await mouseDrag(page, await handle(ids.lb, 'right'), await handle(ids.tg, 'left'));
    await page.waitForSelector('.ha-edge-label >> text=HTTP:80');
    await page.hover(`[data-testid="node-${ids.tg}"]`);
    await mouseDrag(page, await handle(ids.tg, 'right'), await handle(ids.instance, 'left'));
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);
  });

  it('refuses a meaningless connection with a reason', async () => {
    await page.hover(`[data-testid="node-${ids.instance}"]`);
    await mouseDrag(page, await centre(page, `.react-flow__node[data-id="${ids.instance}"] .react-flow__handle-right`), await centre(page, `.react-flow__node[data-id="${ids.lb}"] .react-flow__handle-left`));
    // instance → LB is a dependency; LB → instance is not meaningful:
    await page.hover(`[data-testid="node-${ids.lb}"]`);
    await mouseDrag(page, await centre(page, `.react-flow__node[data-id="${ids.lb}"] .react-flow__handle-right`), await centre(page, `.react-flow__node[data-id="${ids.instance}"] .react-flow__handle-left`));
    expect(await lastToast(page)).toBe('A load balancer cannot connect to an instance: connect it to a target group (traffic) or a subnet (where it runs).');
    expect(await page.locator('.react-flow__edge').count()).toBe(3);
  });

  it('edits properties in the inspector with inline validation, and undo/redo restores them', async () => {
    await page.click(`[data-testid="node-${ids.instance}"]`);
    await page.fill('[data-testid="field-name"]', 'web-1');
    await page.press('[data-testid="field-name"]', 'Enter');
    await page.waitForSelector(`[data-testid="node-${ids.instance}"] >> text=web-1`);
    await page.click(`[data-testid="node-${ids.subnet}"] .ha-group-header`);
    await page.fill('[data-testid="field-cidr"]', '192.168.0.0/24');
    expect(await page.textContent('[data-testid="error-cidr"]')).toMatch(/outside the VPC/);
    await page.fill('[data-testid="field-cidr"]', '10.0.0.0/33');
    expect(await page.textContent('[data-testid="error-cidr"]')).toMatch(/prefix above \/32/);
    await page.keyboard.press('Escape');
    await page.click('.react-flow__pane', { position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await page.waitForSelector(`[data-testid="node-${ids.instance}"] >> text=Instance`);
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForSelector(`[data-testid="node-${ids.instance}"] >> text=web-1`);
  });

  it('copies, pastes (new ids) and deletes with the keyboard', async () => {
    await page.click(`[data-testid="node-${ids.instance}"]`);
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node [data-kind="instance"]').length === 2);
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node [data-kind="instance"]').length === 1);
    expect(await nodeIds(page, 'instance')).toEqual([ids.instance]);
  });

  it('saves, reopens and gets the same design back', async () => {
    const file = path.join(app.home, 'shop.ha.json');
    await saveAs(file);
    const saved = await fs.readFile(file, 'utf8');
    await page.keyboard.press('Control+N');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
    await page.keyboard.press('Control+O');
    await page.fill('[data-testid="dialog-path"]', file);
    await page.click('[data-testid="dialog-ok"]');
    await page.waitForSelector(`[data-testid="node-${ids.instance}"]`);
    const again = path.join(app.home, 'shop-again.ha.json');
    await saveAs(again);
    expect(await fs.readFile(again, 'utf8')).toBe(saved);
    const d = await readDesign(again);
    expect(d.edges.find((e) => e.source === ids.lb)?.listener?.port).toBe(80);
    expect(d.nodes.find((n) => n.id === ids.instance)?.name).toBe('web-1');
  });
});
