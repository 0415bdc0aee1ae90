// App-area handlers: facts about the running host.
import type { AreaHandlers } from './types';

/** Handlers of the app area. */
export const appHandlers = {
  'app:info': (_params, ctx) => ({
    version: ctx.version,
    host: ctx.host,
    platform: process.platform,
    nativeDialogs: ctx.dialogs !== undefined,
  }),
} satisfies AreaHandlers;
