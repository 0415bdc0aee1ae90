/** Helpers for tests and benches: SDK client config for a running Sandbox, control-API calls. */
import type { Sandbox } from './index';

/** Config for any pinned `@aws-sdk` v3 client pointed at the Sandbox (no retries, so errors surface at once). */
export function sdkConfig(sb: Pick<Sandbox, 'endpoint' | 'credentials'>, region = 'us-east-1'): {
  endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string }; maxAttempts: number;
} {
  return { endpoint: sb.endpoint, region, credentials: { ...sb.credentials }, maxAttempts: 1 };
}

/** Calls the /_sandbox control API and returns status and parsed JSON. */
export async function control(endpoint: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${endpoint}${path}`, {
    method,
    headers: body === undefined && method === 'GET' ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}
