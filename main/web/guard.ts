// The browser host's gate: any local process or web page can reach 127.0.0.1, so every API call must
// prove it comes from the page this host served (token), through this host's name (Host, against DNS
// rebinding) and from this host's origin (Origin, against cross-site requests).
import { timingSafeEqual } from 'node:crypto';

/** The Host header values this host answers to. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names this host (a rebinding attack sends the attacker's name). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** True when the Origin header is absent (not a browser cross-origin call) or is this host's own origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** Constant-time comparison of a presented token with the launch token. */
export function isValidToken(presented: string | null | undefined, token: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request is refused (status and reason), or null to let it through; the order matters: Host, then Origin, then token. */
export function refusal(req: { host?: string; origin?: string; token?: string | null }, port: number, token: string, needsToken: boolean): { status: number; reason: string } | null {
  if (!isAllowedHost(req.host, port)) return { status: 403, reason: 'unknown Host' };
  if (!isAllowedOrigin(req.origin, port)) return { status: 403, reason: 'foreign Origin' };
  if (needsToken && !isValidToken(req.token, token)) return { status: 401, reason: 'missing or wrong token' };
  return null;
}
