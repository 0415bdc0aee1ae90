import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from './server';

let host: WebHost;
let dir: string;

/** A raw request with exactly the headers given (fetch would not let a test forge Host). */
function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const own = () => ({ Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' });
const api = (channel: string, headers: Record<string, string>, body = '{}') => request({ path: `/api/${channel}`, method: 'POST', headers, body });

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ha-web-'));
  await fs.mkdir(path.join(dir, 'renderer'));
  await fs.writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  host = await startWebHost({ port: 0, home: path.join(dir, 'home'), rendererDir: path.join(dir, 'renderer') });
});
afterAll(async () => {
  await host.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a tokenised URL', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('does not answer on other local addresses', async () => {
    const other = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    const targets = ['127.0.0.2', ...(other ? [other.address] : [])];
    for (const address of targets) {
      const err = await new Promise<string>((resolve) => {
        const req = http.get({ host: address, port: host.port, path: '/', timeout: 2000 }, () => resolve('answered'));
        req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        req.on('timeout', () => { req.destroy(); resolve('timeout'); });
      });
      expect(err, address).not.toBe('answered');
    }
  });

  it('answers an API call with the token from its own origin', async () => {
    const res = await api('app:info', { ...own(), 'x-ha-token': host.token, Origin: `http://127.0.0.1:${host.port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { host: 'web', nativeDialogs: false } });
    const viaLocalhost = await api('app:info', { ...own(), Host: `localhost:${host.port}`, 'x-ha-token': host.token, Origin: `http://localhost:${host.port}` });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses an API call without the token or with a wrong one (401)', async () => {
    expect((await api('app:info', own())).status).toBe(401);
    expect((await api('app:info', { ...own(), 'x-ha-token': 'x'.repeat(host.token.length) })).status).toBe(401);
    expect((await api('app:info', { ...own(), 'x-ha-token': host.token.slice(1) })).status).toBe(401);
    const viaQuery = await request({ path: `/api/app:info?token=${host.token}`, method: 'POST', headers: own(), body: '{}' });
    expect(viaQuery.status).toBe(401);
  });

  it('refuses a foreign Origin even with the token (403)', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`]) {
      const res = await api('app:info', { ...own(), 'x-ha-token': host.token, Origin: origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it('refuses a foreign Host header, as a DNS-rebinding page would send (403)', async () => {
    for (const h of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      expect((await api('app:info', { ...own(), Host: h, 'x-ha-token': host.token })).status, h).toBe(403);
      expect((await request({ path: '/', headers: { Host: h } })).status, h).toBe(403);
    }
  });

  it('rejects non-JSON bodies, bad parameters and unknown channels without crashing', async () => {
    const auth = { ...own(), 'x-ha-token': host.token };
    expect((await api('app:info', { ...auth, 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await api('app:info', auth, '{not json')).status).toBe(400);
    const bad = await api('file:open', auth, '{"path": 42}');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'bad-params', path: '$.path' });
    expect((await api('nope:nope', auth)).status).toBe(404);
    expect((await request({ path: '/api/app:info', headers: auth })).status).toBe(405);
    expect((await api('app:info', auth)).status).toBe(200);
  });

  it('serves the renderer without the token, with a strict CSP, and nothing outside it', async () => {
    const page = await request({ path: '/', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>t</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      const res = await request({ path: p, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('survives malformed requests and keeps answering', async () => {
    const raw = (text: string) => new Promise<string>((resolve) => {
      const sock = net.connect(host.port, '127.0.0.1', () => sock.end(text));
      let got = '';
      sock.on('data', (d) => (got += d.toString()));
      sock.on('close', () => resolve(got.split('\r\n')[0] ?? ''));
      sock.on('error', () => resolve('error'));
    });
    const h = `Host: 127.0.0.1:${host.port}`;
    expect(await raw(`GET /%% HTTP/1.1\r\n${h}\r\nConnection: close\r\n\r\n`)).toBe('HTTP/1.1 404 Not Found');
    expect(await raw(`GET http://[::1 HTTP/1.1\r\n${h}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 (400|404|500)/);
    expect(await raw(`GET /events HTTP/1.1\r\n${h}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`)).toBe('HTTP/1.1 401 Refused');
    expect(await raw('\x00\x01garbage\r\n\r\n')).toMatch(/^(HTTP\/1\.1 400|)/);
    expect((await request({ path: '/', headers: { Host: `127.0.0.1:${host.port}` } })).status).toBe(200);
  });

  it('pushes events over the WebSocket only to token holders from its own origin', async () => {
    const wsUrl = (token: string) => `ws://127.0.0.1:${host.port}/events?token=${encodeURIComponent(token)}`;
    const refusedWith = (url: string, headers: Record<string, string> = {}) => new Promise<number>((resolve) => {
      const ws = new WebSocket(url, { headers });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => { ws.close(); resolve(101); });
      ws.on('error', () => resolve(-1));
    });
    expect(await refusedWith(`ws://127.0.0.1:${host.port}/events`)).toBe(401);
    expect(await refusedWith(wsUrl('wrong'))).toBe(401);
    expect(await refusedWith(wsUrl(host.token), { Origin: 'http://evil.example' })).toBe(403);
    expect(await refusedWith(wsUrl(host.token), { Host: 'evil.example' })).toBe(403);

    const ws = new WebSocket(wsUrl(host.token), { headers: { Origin: `http://127.0.0.1:${host.port}` } });
    await new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject); });
    const got = new Promise<unknown>((resolve) => ws.on('message', (data) => resolve(JSON.parse(String(data)))));
    host.emit('app:menu-action', { action: 'file.save' });
    expect(await got).toEqual({ channel: 'app:menu-action', payload: { action: 'file.save' } });
    ws.close();
  });
});
