/** The one API between renderer and main: every request and event channel, declared once. */
import type { z } from 'zod';
import type { EventSpec, RequestSpec } from './define';
import { appEvents, appRequests } from './channels/app';
import { fileEvents, fileRequests } from './channels/files';
import { healthEvents, healthRequests } from './channels/health';
import { iacRequests } from './channels/iac';
import { provisionEvents, provisionRequests } from './channels/provision';

/** Every request channel with its parameter schema (areas add theirs with one spread each). */
export const REQUESTS = {
  ...appRequests,
  ...fileRequests,
  ...healthRequests,
  ...iacRequests,
  ...provisionRequests,
} as const;

/** Every event channel (areas add theirs with one spread each). */
export const EVENTS = {
  ...appEvents,
  ...fileEvents,
  ...healthEvents,
  ...provisionEvents,
} as const;

/** A request channel name. */
export type RequestChannel = keyof typeof REQUESTS;
/** An event channel name. */
export type EventChannel = keyof typeof EVENTS;

/** The parameters of a request channel (as the renderer sends them). */
export type RequestParams<C extends RequestChannel> = (typeof REQUESTS)[C] extends RequestSpec<infer P, unknown> ? z.input<P> : never;
/** The result of a request channel. */
export type RequestResult<C extends RequestChannel> = (typeof REQUESTS)[C] extends RequestSpec<z.ZodType, infer R> ? R : never;
/** The payload of an event channel. */
export type EventPayload<C extends EventChannel> = (typeof EVENTS)[C] extends EventSpec<infer T> ? T : never;

/** The typed API every face of the renderer uses, whatever the transport. */
export interface HaApi {
  invoke<C extends RequestChannel>(channel: C, params: RequestParams<C>): Promise<RequestResult<C>>;
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void;
}

/** True when `name` is a declared request channel (allow-list check on both ends). */
export function isRequestChannel(name: string): name is RequestChannel {
  return Object.prototype.hasOwnProperty.call(REQUESTS, name);
}

/** True when `name` is a declared event channel. */
export function isEventChannel(name: string): name is EventChannel {
  return Object.prototype.hasOwnProperty.call(EVENTS, name);
}
