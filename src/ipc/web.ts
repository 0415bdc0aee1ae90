/** Wire constants of the browser transport (HTTP + WebSocket), shared by main/web and renderer/api-web. */

/** Requests are `POST <API_PREFIX><channel>` with a JSON body of the parameters. */
export const API_PREFIX = '/api/';
/** The WebSocket path events are pushed on, as `{ channel, payload }` JSON messages. */
export const EVENTS_PATH = '/events';
/** The header that carries the per-launch token on API requests. */
export const TOKEN_HEADER = 'x-ha-token';
/** The query parameter that carries the token in the launch URL and on the WebSocket connect. */
export const TOKEN_PARAM = 'token';

/** One event message on the WebSocket. */
export interface EventMessage {
  readonly channel: string;
  readonly payload: unknown;
}
