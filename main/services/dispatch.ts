// The one entry point both transports call: allow-list the channel, re-validate the parameters
// with the channel's schema, run the handler, and turn every failure into an error reply.
import { isRequestChannel, REQUESTS } from '../../src/ipc/api';
import type { IpcError, IpcReply } from '../../src/ipc/reply';
import { jsonPath } from '../../src/model/parse';
import { firstNonPlain } from './plain';
import type { Handler, HandlerMap, HostContext } from './types';

function fail(code: IpcError['code'], message: string, path?: string): IpcReply {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}

/** Runs one request from an untrusted caller; never throws. */
export async function dispatch(handlers: HandlerMap, channel: string, params: unknown, ctx: HostContext): Promise<IpcReply> {
  if (!isRequestChannel(channel)) return fail('unknown-channel', `unknown request channel "${channel}"`);
  const parsed = REQUESTS[channel].params.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = jsonPath(issue.path);
    return fail('bad-params', `${channel}: bad parameter at ${path}: ${issue.message}`, path);
  }
  const handler = handlers[channel] as Handler<typeof channel> | undefined;
  if (!handler) return fail('unknown-channel', `no handler for "${channel}"`);
  try {
    const result: unknown = await (handler as (p: unknown, c: HostContext) => unknown)(parsed.data, ctx);
    const bad = firstNonPlain(result);
    if (bad) return fail('failed', `${channel}: handler returned non-plain data at ${bad}`);
    return { ok: true, result: result === undefined ? null : result };
  } catch (err) {
    return fail('failed', `${channel}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
