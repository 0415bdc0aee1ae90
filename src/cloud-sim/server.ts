/** The HTTP server: /_sandbox control routes, everything else is an AWS API call. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dispatch, type ServiceTable } from './core/dispatch';
import type { SandboxCore } from './core/service';
import type { WireResponse } from './core/protocols/wire';
import { controlApi, type SandboxInfo } from './faults/api';

const MAX_BODY = 16 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error(`request body over ${MAX_BODY} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, wire: WireResponse): void {
  const body = Buffer.from(wire.body, 'utf8');
  res.writeHead(wire.status, { ...wire.headers, 'content-length': body.length });
  res.end(body);
}

/** Creates (does not start) the server for a core and its services. */
export function createSandboxServer(core: SandboxCore, services: ServiceTable, info: () => SandboxInfo): Server {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname.startsWith('/_sandbox')) {
          send(res, controlApi(core, info(), req, url.pathname, body.toString('utf8')));
          return;
        }
        const wire = await dispatch(core, services, {
          method: req.method ?? 'GET', path: url.pathname, query: url.search.slice(1), headers: req.headers, body,
        });
        send(res, wire);
      } catch (e) {
        const status = (e as Error).message.startsWith('request body over') ? 413 : 500;
        if (!res.headersSent) send(res, { status, headers: { 'content-type': 'text/plain' }, body: `Sandbox error: ${(e as Error).message}` });
      }
    })();
  });
  // SDK clients keep connections alive; outlive their idle timeouts so a reused socket is never closed under them.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
