// POST /api/<channel>: the JSON body is the parameters, the response the IpcReply envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IpcReply } from '../../src/ipc/reply';

/** Largest request body accepted (designs are capped lower by the channel schemas). */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

function send(res: ServerResponse, status: number, reply: IpcReply, headers: Record<string, string>): void {
  const body = JSON.stringify(reply);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Handles one API request that already passed the Host, Origin and token checks. */
export async function handleApi(
  req: IncomingMessage, res: ServerResponse, channel: string, headers: Record<string, string>,
  run: (channel: string, params: unknown) => Promise<IpcReply>,
): Promise<void> {
  if (req.method !== 'POST') {
    send(res, 405, { ok: false, error: { code: 'bad-params', message: 'use POST' } }, { ...headers, Allow: 'POST' });
    return;
  }
  // Requiring JSON also means a cross-site form can never make a "simple" request here.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    send(res, 415, { ok: false, error: { code: 'bad-params', message: 'Content-Type must be application/json' } }, headers);
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    send(res, 413, { ok: false, error: { code: 'bad-params', message: `request body over ${MAX_BODY_BYTES} bytes` } }, headers);
    return;
  }
  let params: unknown;
  try {
    params = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (err) {
    send(res, 400, { ok: false, error: { code: 'bad-params', message: `${channel}: body is not JSON: ${(err as Error).message}` } }, headers);
    return;
  }
  const reply = await run(channel, params);
  send(res, reply.ok ? 200 : reply.error.code === 'unknown-channel' ? 404 : reply.error.code === 'bad-params' ? 400 : 200, reply, headers);
}
