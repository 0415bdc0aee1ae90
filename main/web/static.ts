// Serving the built renderer (out/renderer): files under its root only, with security headers.
import fs from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response of the browser host carries. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The file under `root` a URL path names, or null when it would leave `root` (traversal) or is malformed. */
export function staticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, rel);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

/** Sends a static file (404 when missing); files without an extension fall back to index.html (client-side routes). */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>, head: boolean): Promise<void> {
  let file = staticFile(root, urlPath);
  if (file && !path.extname(file)) file = path.join(root, 'index.html');
  const st = file ? await fs.stat(file).catch(() => null) : null;
  if (!file || !st?.isFile()) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const cache = file.endsWith('.html') ? 'no-store' : 'no-cache';
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': String(st.size), 'Cache-Control': cache });
  res.end(head ? undefined : await fs.readFile(file));
}
