// Regenerates the README's screenshots (docs/screenshots/*.png) by driving the real app, as a user would:
// the browser host on 127.0.0.1 (ephemeral port, throwaway user-data folder), Debian's Chromium through
// playwright-core, and a private Sandbox on an ephemeral port (never the shared default port 4577).
//
//   npx tsx scripts/screenshots.ts [--out DIR] [--reuse-build] [--only name,name]
//
// By default the renderer is built into a temporary folder, so the shared out/renderer is left alone
// (other engineers' browser tests may be reading it); --reuse-build serves out/renderer as it is.
// Panels that do not exist yet in this build (Provision, Live) are skipped with a note, not an error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/harness';
import { APP_ROOT, startWebHost, type WebHost } from '../main/web/server';
import { sandboxControl, startSandbox, type Sandbox } from '../src/cloud-sim';

const VIEWPORT = { width: 1600, height: 1000 };
/** Lifecycles 50× faster than AWS, so an apply of the reference design takes seconds. */
const TIME_SCALE = 0.02;
const ALL = ['designer', 'fragile-starter', 'what-if', 'provision', 'health', 'wall'] as const;
type Shot = (typeof ALL)[number];

function options() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'reuse-build': { type: 'boolean' }, only: { type: 'string' } }, strict: true });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...ALL];
  for (const name of only) if (!(ALL as readonly string[]).includes(name)) throw new Error(`--only: unknown screenshot "${name}" (expected some of ${ALL.join(', ')})`);
  return { out: path.resolve(values.out ?? path.join(APP_ROOT, 'docs', 'screenshots')), reuse: values['reuse-build'] === true, only: new Set(only as Shot[]) };
}

/** Builds the renderer into `dir` with vite (the same build as `npm run build`, another output folder). */
function buildRenderer(dir: string): void {
  const vite = path.join(APP_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], { cwd: APP_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('renderer build failed (vite build)');
}

/** Waits until the validator has caught up with the design on screen (no spinner in the findings pill). */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="findings-summary"] .ha-spin', { state: 'detached', timeout: 15_000 });
  await page.waitForTimeout(700); // the fit-view animation after a load
}

/** File › New from template › <id>, through the toolbar and the dialog. */
async function openTemplate(page: Page, id: string): Promise<void> {
  await page.click('[data-testid="tb-file.newFromTemplate"]');
  const button = page.locator(`[data-testid="template-${id}"]`);
  const name = ((await button.locator('strong').textContent()) ?? '').trim();
  await button.click();
  await page.locator('[data-testid="title"] .ha-title-name', { hasText: name }).waitFor();
  await page.waitForSelector('.react-flow__node');
  await settle(page);
}

/** Opens a bottom tab if this build has it; false when the tab does not exist (yet). */
async function openTab(page: Page, id: string): Promise<boolean> {
  const tab = page.locator(`[data-testid="tab-${id}"]`);
  if ((await tab.count()) === 0) return false;
  await tab.click();
  return true;
}

async function shoot(page: Page, out: string, name: Shot): Promise<void> {
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

async function designer(page: Page, out: string): Promise<void> {
  await openTemplate(page, 'ecommerce-ha');
  await openTab(page, 'findings');
  await settle(page);
  await shoot(page, out, 'designer');
}

async function fragile(page: Page, out: string): Promise<void> {
  await openTemplate(page, 'fragile-starter');
  await openTab(page, 'findings');
  await settle(page);
  await shoot(page, out, 'fragile-starter');
}

async function whatIf(page: Page, out: string): Promise<void> {
  await openTemplate(page, 'ecommerce-ha');
  await openTab(page, 'what-if');
  await page.selectOption('select[aria-label="Failure to simulate"]', 'az:us-east-1a');
  await page.waitForSelector('[data-testid="whatif-result"]');
  await page.waitForTimeout(300);
  await shoot(page, out, 'what-if');
}

/** Plans and applies the reference design to the private Sandbox through the Provision tab. */
async function provision(page: Page, out: string, take: boolean): Promise<boolean> {
  await openTemplate(page, 'ecommerce-ha');
  if (!(await openTab(page, 'provision'))) {
    console.log('skipped provision: this build has no Provision tab');
    return false;
  }
  const panel = page.locator('[data-testid="provision-panel"]');
  await panel.getByRole('button', { name: 'Plan', exact: true }).click();
  await panel.locator('.pv-summary').waitFor({ timeout: 60_000 });
  await panel.getByRole('button', { name: 'Apply…' }).click();
  await panel.getByRole('button', { name: 'Yes, apply' }).click();
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document;
    const bar = doc.querySelector('.pv-progress');
    return bar !== null && bar.getAttribute('data-total') !== '0' && bar.getAttribute('data-finished') === bar.getAttribute('data-total');
  }, undefined, { timeout: 180_000 });
  await page.waitForTimeout(500);
  if (take) await shoot(page, out, 'provision');
  return true;
}

/** Live mode on the provisioned design, then an AZ outage injected into the Sandbox; the canvas and the wall screen. */
async function health(page: Page, out: string, sb: Sandbox, want: ReadonlySet<Shot>): Promise<void> {
  if (!(await openTab(page, 'live'))) {
    console.log('skipped health and wall: this build has no Live tab');
    return;
  }
  await page.click('[data-testid="live-start"]');
  await page.waitForSelector('[data-testid="health-counts"]', { timeout: 30_000 });
  await page.waitForTimeout(3000);
  await sandboxControl(sb.endpoint).addFault({ kind: 'az-down', az: 'us-east-1a' });
  // Wait for the outage to reach the drawing (a node turns down or degraded), then a little longer for the roll-ups.
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document;
    const text = doc.querySelector('[data-testid="health-counts"]')?.textContent ?? '';
    return /[1-9]\d* (down|degraded)/.test(text);
  }, undefined, { timeout: 60_000 });
  await page.waitForTimeout(2500);
  if (want.has('health')) await shoot(page, out, 'health');
  if (want.has('wall')) {
    await page.getByRole('button', { name: 'Wall screen' }).click();
    await page.waitForSelector('[data-testid^="wall-"]', { timeout: 10_000 });
    await page.waitForTimeout(800);
    await shoot(page, out, 'wall');
    await page.keyboard.press('Escape');
  }
}

async function main(): Promise<void> {
  const opts = options();
  await fs.mkdir(opts.out, { recursive: true });
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'ha-screenshots-'));
  let rendererDir = path.join(APP_ROOT, 'out', 'renderer');
  if (!opts.reuse) {
    rendererDir = path.join(scratch, 'renderer');
    buildRenderer(rendererDir);
  } else if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir} has no build: run \`npm run build\` or drop --reuse-build`);
  }
  let sb: Sandbox | undefined;
  let host: WebHost | undefined;
  let browser: Browser | undefined;
  try {
    // The in-process services use the AWS SDK: its Node-version notice is noise here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    sb = await startSandbox({ port: 0, host: '127.0.0.1', timeScale: TIME_SCALE });
    // The host's services find their Sandbox here instead of starting one on the default port.
    process.env.HA_SANDBOX_ENDPOINT = sb.endpoint;
    host = await startWebHost({ port: 0, home: path.join(scratch, 'home'), rendererDir });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
    await page.goto(host.url, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="palette-region"]');
    const want = opts.only;
    if (want.has('designer')) await designer(page, opts.out);
    if (want.has('fragile-starter')) await fragile(page, opts.out);
    if (want.has('what-if')) await whatIf(page, opts.out);
    if (want.has('provision') || want.has('health') || want.has('wall')) {
      const applied = await provision(page, opts.out, want.has('provision'));
      if (applied && (want.has('health') || want.has('wall'))) await health(page, opts.out, sb, want);
      else if (!applied && (want.has('health') || want.has('wall'))) console.log('skipped health and wall: nothing provisioned to watch');
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await host?.close().catch(() => undefined);
    await sb?.close().catch(() => undefined);
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(`screenshots: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exit(1);
});
