// The Content-Security-Policy both hosts send: scripts only from the app itself (no eval, no
// inline script); inline styles are allowed because React Flow positions nodes with style attributes.

/** The CSP header value; `connect` lists extra origins the page may connect to (the browser host's WebSocket). */
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${connect.map((c) => ' ' + c).join('')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
