/** What crosses the boundary for one request, whichever the transport: the result, or an error the UI can show. */

/** Why a request failed: unknown channel, parameters that fail the channel's schema, refused sender, or the handler failed. */
export type IpcErrorCode = 'unknown-channel' | 'bad-params' | 'untrusted' | 'failed';

/** A request error: a code, a readable message and, for bad parameters, the JSON path of the first problem. */
export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  readonly path?: string;
}

/** The envelope of one request's outcome (plain data; the renderer's api unwraps it and throws on errors). */
export type IpcReply<R = unknown> = { readonly ok: true; readonly result: R } | { readonly ok: false; readonly error: IpcError };

/** The raw bridge the Electron preload exposes as `window.haApi` (untyped; renderer/api.ts types and unwraps it). */
export interface HaBridge {
  invoke(channel: string, params: unknown): Promise<IpcReply>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'haApi';
