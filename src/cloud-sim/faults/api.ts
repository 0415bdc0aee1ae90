/**
 * The Sandbox's own control API under /_sandbox (JSON, no SigV4): faults,
 * state summary, reset. Only loopback callers, and no browser origins, so a
 * web page cannot drive it.
 */
import type { IncomingMessage } from 'node:http';
import type { SandboxCore } from '../core/service';
import type { WireResponse } from '../core/protocols/wire';
import { stateSummary } from './summary';
import { controlRoute } from '../control-routes';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const json = (status: number, body: unknown): WireResponse => ({
  status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body, null, 2),
});

/** Extra facts for GET /_sandbox/info. */
export interface SandboxInfo { endpoint: string; timeScale: number }

/** Handles one /_sandbox request. */
export function controlApi(core: SandboxCore, info: SandboxInfo, req: IncomingMessage, path: string, body: string): WireResponse {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return json(403, { error: 'The Sandbox control API only answers 127.0.0.1' });
  if (req.headers.origin) return json(403, { error: 'The Sandbox control API does not answer browser requests (Origin header present)' });
  const method = req.method ?? 'GET';
  if (method !== 'GET' && !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return json(415, { error: `${method} ${path}: Content-Type must be application/json` });
  }
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    if (route === 'GET /_sandbox/info') {
      return json(200, { ...info, accountId: core.accountId, regions: core.regions, credentials: core.credentials });
    }
    if (route === 'GET /_sandbox/faults') return json(200, { faults: core.world.list() });
    if (route === 'POST /_sandbox/faults') return json(201, core.world.add(body.trim() ? JSON.parse(body) : {}));
    if (route === 'DELETE /_sandbox/faults') return json(200, { removed: core.world.clear() });
    const m = /^DELETE \/_sandbox\/faults\/([\w-]+)$/.exec(route);
    if (m) {
      const removed = core.world.remove(m[1]!);
      return removed ? json(200, removed) : json(404, { error: `No fault with id '${m[1]}'` });
    }
    if (route === 'GET /_sandbox/state') return json(200, stateSummary(core));
    if (route === 'POST /_sandbox/reset') {
      core.store.reset();
      return json(200, { reset: true });
    }
    const extra = controlRoute(route);
    if (extra) return json(200, extra(core, body));
    return json(404, { error: `Unknown Sandbox control route '${route}'. See docs/sandbox.md` });
  } catch (e) {
    return json(400, { error: (e as Error).message });
  }
}
