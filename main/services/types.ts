// The shape of the services behind the API: one handler per request channel, typed from src/ipc,
// and the host context (user-data dir, dialogs, event emitter) each host supplies.
import type { z } from 'zod';
import type { EventChannel, EventPayload, RequestChannel, RequestResult, REQUESTS } from '../../src/ipc/api';

/** Native file dialogs; only the Electron host has them (the browser host's UI asks for a path instead). */
export interface Dialogs {
  openDesign(): Promise<string | null>;
  saveDesign(suggestedName: string): Promise<string | null>;
  saveImage(format: 'png' | 'svg', suggestedName: string): Promise<string | null>;
}

/** What a host gives every handler. */
export interface HostContext {
  readonly host: 'electron' | 'web';
  readonly version: string;
  /** The user-data folder (recent files, recovery copy); HA_ARCHITECT_HOME overrides it. */
  readonly home: string;
  /** Where the reference designs live (resources/templates). */
  readonly templatesDir: string;
  readonly dialogs?: Dialogs;
  /** Pushes an event to the renderer(s). */
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void;
  /**
   * Registers cleanup for when the host stops (web host close(), Electron quit). Services that keep
   * running work per host keep it in a WeakMap keyed by this context and stop it here.
   */
  onClose(dispose: () => void | Promise<void>): void;
}

/** Parameters of a channel after its schema ran (defaults applied). */
export type HandlerParams<C extends RequestChannel> = z.output<(typeof REQUESTS)[C]['params']>;

/** The handler of one request channel. */
export type Handler<C extends RequestChannel> = (params: HandlerParams<C>, ctx: HostContext) => Promise<RequestResult<C>> | RequestResult<C>;

/** One handler for every request channel. */
export type HandlerMap = { readonly [C in RequestChannel]: Handler<C> };

/** Handlers of one area (declare them with `satisfies AreaHandlers` so each is typed from its channel). */
export type AreaHandlers = Partial<HandlerMap>;
