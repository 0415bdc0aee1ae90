// The browser transport: requests as POST /api/<channel> with the launch token in a header, events
// over one WebSocket (/events?token=…) opened on the first subscription and reopened if it drops.
import type { EventChannel, EventPayload, HaApi, RequestChannel, RequestParams, RequestResult } from '../src/ipc/api';
import type { IpcReply } from '../src/ipc/reply';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, TOKEN_PARAM, type EventMessage } from '../src/ipc/web';
import { ApiError, unwrap } from './api-reply';

/** Where the browser host is and how to talk to it (fetch / WebSocket injectable for tests outside a browser). */
export interface WebApiOptions {
  readonly baseUrl: string;
  readonly token: string | null;
  readonly fetch?: typeof fetch;
  readonly WebSocket?: typeof WebSocket;
}

/** Takes the launch token from the URL (then hides it from the address bar), or from the tab's session after a reload. */
export function takeToken(location: Location, storage: Storage | null, history: History | null): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    storage?.setItem('ha-architect-token', fromUrl);
    url.searchParams.delete(TOKEN_PARAM);
    history?.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage?.getItem('ha-architect-token') ?? null;
}

/** Creates the typed API over HTTP + WebSocket. */
export function createWebApi(options: WebApiOptions): HaApi {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const WS = options.WebSocket ?? globalThis.WebSocket;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let retry = 0;

  function connect(): void {
    if (socket || listeners.size === 0 || !options.token) return;
    const url = new URL(EVENTS_PATH, options.baseUrl.replace(/^http/, 'ws'));
    url.searchParams.set(TOKEN_PARAM, options.token);
    const ws = new WS(url.href);
    socket = ws;
    ws.onopen = () => { retry = 0; };
    ws.onmessage = (ev: MessageEvent) => {
      let msg: EventMessage;
      try { msg = JSON.parse(String(ev.data)) as EventMessage; } catch { return; }
      for (const l of listeners.get(msg.channel) ?? []) l(msg.payload);
    };
    ws.onclose = () => {
      socket = null;
      if (listeners.size === 0) return;
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 250 * 2 ** retry);
    };
  }

  return {
    async invoke<C extends RequestChannel>(channel: C, params: RequestParams<C>): Promise<RequestResult<C>> {
      if (!options.token) throw new ApiError({ code: 'untrusted', message: 'no access token: open the URL that `npm run web` printed' });
      const res = await doFetch(new URL(API_PREFIX + channel, options.baseUrl).href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(params ?? {}),
      });
      if (!(res.headers.get('content-type') ?? '').includes('application/json')) {
        throw new ApiError({ code: res.status === 401 ? 'untrusted' : 'failed', message: `${channel}: HTTP ${res.status} ${await res.text()}` });
      }
      return unwrap<RequestResult<C>>((await res.json()) as IpcReply);
    },
    on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void {
      const set = listeners.get(channel) ?? new Set();
      const l = listener as (payload: unknown) => void;
      set.add(l);
      listeners.set(channel, set);
      connect();
      return () => {
        set.delete(l);
        if (set.size === 0) listeners.delete(channel);
        if (listeners.size === 0 && socket) { socket.close(); socket = null; }
      };
    },
  };
}
