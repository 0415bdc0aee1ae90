// The browser host: the built renderer and the same API as Electron, over HTTP + WebSocket on
// 127.0.0.1 only, behind a per-launch token and Host / Origin checks (see guard.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventChannel, EventPayload } from '../../src/ipc/api';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, TOKEN_PARAM } from '../../src/ipc/web';
import { contentSecurityPolicy } from '../csp';
import { dispatch } from '../services/dispatch';
import { disposers } from '../services/lifecycle';
import { handlers } from '../services/index';
import { templatesDirOf, userDataDir } from '../services/paths';
import type { HostContext } from '../services/types';
import { handleApi } from './api-route';
import { createEventHub } from './events';
import { refusal } from './guard';
import { securityHeaders, serveStatic } from './static';

/** The repository / app root (the folder with package.json). */
export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Options of the browser host (all optional; tests pass port 0 and a temp home). */
export interface WebHostOptions {
  readonly port?: number;
  readonly home?: string;
  readonly templatesDir?: string;
  readonly rendererDir?: string;
  readonly token?: string;
}

/** A running browser host. */
export interface WebHost {
  /** The tokenised URL to open. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly home: string;
  /** Pushes an event to every connected page. */
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void;
  close(): Promise<void>;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Starts the browser host on 127.0.0.1 (port 0 = any free port). */
export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir ?? path.join(APP_ROOT, 'out', 'renderer'));
  const hub = createEventHub();
  const cleanups = disposers();
  const ctx: HostContext = {
    host: 'web',
    version: version(),
    home: options.home ?? userDataDir(),
    templatesDir: options.templatesDir ?? templatesDirOf(APP_ROOT),
    emit: (channel, payload) => hub.broadcast({ channel, payload }),
    onClose: (dispose) => cleanups.add(dispose),
  };
  let port = 0;
  let headers: Record<string, string> = {};
  // async, so that anything thrown while routing becomes a 500 for that request, never a crash.
  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith(API_PREFIX);
    const presented = req.headers[TOKEN_HEADER];
    const refused = refusal({ host: req.headers.host, origin: req.headers.origin, token: typeof presented === 'string' ? presented : null }, port, token, isApi);
    if (refused) {
      res.writeHead(refused.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`refused: ${refused.reason}`);
    } else if (isApi) {
      await handleApi(req, res, url.pathname.slice(API_PREFIX.length), headers, (c, p) => dispatch(handlers, c, p, ctx));
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      await serveStatic(rendererDir, url.pathname, res, headers, req.method === 'HEAD');
    } else {
      res.writeHead(405, headers).end();
    }
  };
  const server = http.createServer((req, res) => {
    route(req, res).catch(() => { if (!res.headersSent) res.writeHead(500).end(); else res.destroy(); });
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const refused = url.pathname !== EVENTS_PATH
        ? { status: 404, reason: 'not found' }
        : refusal({ host: req.headers.host, origin: req.headers.origin, token: url.searchParams.get(TOKEN_PARAM) }, port, token, true);
      if (refused) {
        socket.end(`HTTP/1.1 ${refused.status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      hub.accept(req, socket, head);
    } catch {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  headers = securityHeaders(contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]));
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${encodeURIComponent(token)}`,
    port,
    token,
    home: ctx.home,
    emit: ctx.emit,
    close: async () => {
      await cleanups.run();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
