// Shared e2e helper: the browser host on an ephemeral port with a throwaway user-data folder, and
// Debian's Chromium driven by playwright-core. Nothing is built here: `npm test` builds first.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { APP_ROOT, startWebHost, type WebHost } from '../main/web/server';

/** Where CI installs Chromium (apt-get install chromium). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A running app under test. */
export interface App {
  readonly page: Page;
  readonly host: WebHost;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** The temp user-data folder (HA_ARCHITECT_HOME of this host). */
  readonly home: string;
  /** Uncaught page errors and console errors seen so far (tests may assert it stays empty). */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Options of startApp. */
export interface StartOptions {
  /** Use this user-data folder instead of a fresh temp one (e.g. to seed recent files or a recovery copy). */
  readonly home?: string;
  /** Extra query / hash appended to the tokenised URL. */
  readonly urlSuffix?: string;
}

/** Launches Chromium; fails loudly when it is not installed, so browser tests never skip silently. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: browser tests need Debian's chromium (apt-get install chromium; .ci/run installs it)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Starts the browser host and opens the app in a fresh Chromium context. */
export async function startApp(options: StartOptions = {}): Promise<App> {
  const index = path.join(APP_ROOT, 'out', 'renderer', 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` first (npm test does)`);
  const ownHome = options.home === undefined;
  const home = options.home ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'ha-e2e-home-')));
  const host = await startWebHost({ port: 0, home });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
    await page.goto(host.url + (options.urlSuffix ?? ''), { waitUntil: 'load' });
    const b = browser;
    return {
      page, host, browser: b, context, home, errors,
      close: async () => {
        await context.close().catch(() => undefined);
        await b.close().catch(() => undefined);
        await host.close();
        if (ownHome) await fs.rm(home, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await host.close();
    if (ownHome) await fs.rm(home, { recursive: true, force: true });
    throw err;
  }
}
