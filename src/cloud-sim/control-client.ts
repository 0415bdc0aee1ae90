/** A typed client for a running Sandbox's /_sandbox control API (used by the CLI and the app). */
import type { Fault, FaultSpec } from './faults/types';

/** Default endpoint of a standalone Sandbox (`ha-architect sandbox` without --port). */
export const DEFAULT_SANDBOX_PORT = 4577;

/** Facts a running Sandbox reports about itself. */
export interface SandboxInfoReply {
  endpoint: string; timeScale: number; accountId: string; regions: string[];
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/** Calls the control API; errors carry the Sandbox's message or say nothing answered. */
async function call<T>(endpoint: string, method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(new URL(path, endpoint), {
      method,
      headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  } catch (e) {
    throw new Error(`no Sandbox answering at ${endpoint} (${(e as Error).message}); start one with "ha-architect sandbox" or pass --endpoint`);
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${endpoint}${path}: expected JSON from the Sandbox, got HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  if (!res.ok) throw new Error((json as { error?: string }).error ?? `HTTP ${res.status}`);
  return json as T;
}

/** Control API of the Sandbox at `endpoint`. */
export function sandboxControl(endpoint: string): {
  info(): Promise<SandboxInfoReply>;
  faults(): Promise<Fault[]>;
  addFault(spec: FaultSpec): Promise<Fault>;
  removeFault(id: string): Promise<Fault>;
  clearFaults(): Promise<Fault[]>;
  state(): Promise<unknown>;
  reset(): Promise<void>;
} {
  return {
    info: () => call(endpoint, 'GET', '/_sandbox/info'),
    faults: async () => (await call<{ faults: Fault[] }>(endpoint, 'GET', '/_sandbox/faults')).faults,
    addFault: (spec) => call(endpoint, 'POST', '/_sandbox/faults', spec),
    removeFault: (id) => call(endpoint, 'DELETE', `/_sandbox/faults/${encodeURIComponent(id)}`),
    clearFaults: async () => (await call<{ removed: Fault[] }>(endpoint, 'DELETE', '/_sandbox/faults')).removed,
    state: () => call(endpoint, 'GET', '/_sandbox/state'),
    reset: async () => { await call(endpoint, 'POST', '/_sandbox/reset'); },
  };
}
