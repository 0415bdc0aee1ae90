// The browser host as a real browser meets it: the app page can use the API and receive events; a
// page from another origin (even one that knows the token) cannot drive it.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDesign } from '../src/model/empty';
import { serializeDesign } from '../src/model/serialize';
import type { HaApi } from '../src/ipc/api';
import { startApp, type App } from './harness';

/** What the bundle below puts on the page. */
type TestWindow = Window & { __haApi: HaApi };

let app: App;
let apiBundle: string;

/** renderer/api.ts bundled for the page, exposing the api as window.__haApi (as the UI's components would use it). */
async function bundleApi(): Promise<string> {
  const out = await build({
    stdin: { contents: "import { api } from './renderer/api'; (window as any).__haApi = api;", loader: 'ts', resolveDir: path.resolve(import.meta.dirname, '..') },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

beforeAll(async () => {
  [app, apiBundle] = await Promise.all([startApp(), bundleApi()]);
});
afterAll(() => app?.close());

describe('browser host in Chromium', () => {
  it('takes the token out of the address bar and answers the page through renderer/api.ts', async () => {
    await app.page.evaluate(apiBundle);
    const info = await app.page.evaluate(() => (window as unknown as TestWindow).__haApi.invoke('app:info', {}));
    expect(info).toMatchObject({ host: 'web', nativeDialogs: false });
    expect(new URL(app.page.url()).searchParams.has('token')).toBe(false);
  });

  it('runs the real UI under the strict CSP without a single violation', async () => {
    await app.page.waitForSelector('#root *', { timeout: 10_000 });
    const violations = await app.page.evaluate(() => new Promise<string[]>((resolve) => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      setTimeout(() => resolve(seen), 500);
    }));
    expect([...violations, ...app.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))]).toEqual([]);
  });

  it('delivers events over the WebSocket and errors as ApiError with the JSON path', async () => {
    const file = path.join(app.home, 'shop.ha.json');
    const text = serializeDesign(emptyDesign('shop', 'Shop'));
    const recent = await app.page.evaluate(async ({ file, text }) => {
      const api = (window as unknown as TestWindow).__haApi;
      let event: unknown = null;
      const off = api.on('file:recent-changed', (p: unknown) => { event = p; });
      // The socket opens asynchronously: save until an event makes it through (the first save usually does).
      let saved: unknown = null;
      for (let i = 0; i < 25 && event === null; i++) {
        saved = await api.invoke('file:save', { path: file, text });
        await new Promise((r) => setTimeout(r, 200));
      }
      off();
      return { saved, event };
    }, { file, text });
    expect(recent).toEqual({ saved: { ok: true, path: file }, event: [file] });
    expect(await fs.readFile(file, 'utf8')).toBe(text);

    const err = await app.page.evaluate(() => (window as unknown as TestWindow).__haApi.invoke('file:open', { path: 42 as unknown as string }).then(() => null, (e: { name: string; code: string; path?: string }) => ({ name: e.name, code: e.code, path: e.path })));
    expect(err).toEqual({ name: 'ApiError', code: 'bad-params', path: '$.path' });
  });

  it('refuses a page from another origin, even one holding the token', async () => {
    const evil = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>evil</title>'));
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
    const page = await app.context.newPage();
    try {
      await page.goto(evilUrl);
      const target = path.join(app.home, 'pwned.ha.json');
      const text = serializeDesign(emptyDesign('pwned'));
      const outcome = await page.evaluate(async ({ base, token, target, text }) => {
        const tries: string[] = [];
        const attempt = async (label: string, init: RequestInit) => {
          try { const r = await fetch(`${base}api/file:save`, init); tries.push(`${label}:${r.status}`); } catch { tries.push(`${label}:blocked`); }
        };
        await attempt('json', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-ha-token': token }, body: JSON.stringify({ path: target, text }) });
        await attempt('simple', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ path: target, text }) });
        const ws = await new Promise<string>((resolve) => {
          const s = new WebSocket(`${base.replace('http', 'ws')}events?token=${token}`);
          s.onopen = () => resolve('open');
          s.onerror = () => resolve('refused');
        });
        return { tries, ws };
      }, { base: `http://127.0.0.1:${app.host.port}/`, token: app.host.token, target, text });
      expect(outcome.ws).toBe('refused');
      for (const t of outcome.tries) expect(t).toMatch(/:(blocked|403|0)$/);
      await expect(fs.stat(target)).rejects.toThrow();
    } finally {
      await page.close();
      await new Promise((r) => evil.close(r));
    }
  });
});
