import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from '../main/web/server';
import { ApiError } from './api-reply';
import { createWebApi, takeToken } from './api-web';

let host: WebHost;
let home: string;
beforeAll(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ha-apiweb-'));
  host = await startWebHost({ port: 0, home, rendererDir: home });
});
afterAll(async () => {
  await host.close();
  await fs.rm(home, { recursive: true, force: true });
});

const WS = WebSocket as unknown as typeof globalThis.WebSocket;
const base = () => `http://127.0.0.1:${host.port}`;

describe('web transport', () => {
  it('invokes a channel and returns its typed result', async () => {
    const api = createWebApi({ baseUrl: base(), token: host.token, WebSocket: WS });
    expect(await api.invoke('app:info', {})).toMatchObject({ host: 'web', nativeDialogs: false });
    expect(await api.invoke('file:recent', {})).toEqual([]);
  });

  it('throws ApiError with the code and JSON path of bad parameters', async () => {
    const api = createWebApi({ baseUrl: base(), token: host.token, WebSocket: WS });
    const err = await api.invoke('template:read', { id: 'Bad Id' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'bad-params', path: '$.id' });
  });

  it('fails clearly without or with a wrong token', async () => {
    await expect(createWebApi({ baseUrl: base(), token: null, WebSocket: WS }).invoke('app:info', {})).rejects.toMatchObject({ code: 'untrusted' });
    await expect(createWebApi({ baseUrl: base(), token: 'wrong', WebSocket: WS }).invoke('app:info', {})).rejects.toMatchObject({ code: 'untrusted', message: expect.stringMatching(/401/) });
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const api = createWebApi({ baseUrl: base(), token: host.token, WebSocket: WS });
    const got: unknown[] = [];
    const off = api.on('app:menu-action', (p) => got.push(p));
    for (let i = 0; i < 50 && got.length === 0; i++) {
      host.emit('app:menu-action', { action: 'view.zoomToFit' });
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(got[0]).toEqual({ action: 'view.zoomToFit' });
    off();
    const count = got.length;
    host.emit('app:menu-action', { action: 'file.save' });
    await new Promise((r) => setTimeout(r, 100));
    expect(got.length).toBe(count);
  });
});

describe('takeToken', () => {
  function fakes(href: string) {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as Storage;
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as unknown as History;
    return { location: { href } as Location, storage, history, replaced };
  }

  it('takes the token from the URL, hides it, and finds it again after a reload', () => {
    const f = fakes('http://127.0.0.1:4000/?token=abc&x=1#/d');
    expect(takeToken(f.location, f.storage, f.history)).toBe('abc');
    expect(f.replaced).toEqual(['/?x=1#/d']);
    expect(takeToken({ href: 'http://127.0.0.1:4000/?x=1#/d' } as Location, f.storage, f.history)).toBe('abc');
  });

  it('is null when the page was opened without a token', () => {
    const f = fakes('http://127.0.0.1:4000/');
    expect(takeToken(f.location, f.storage, f.history)).toBeNull();
  });
});
