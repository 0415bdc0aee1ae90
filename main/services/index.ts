// Every request handler, one spread per area. A new area adds its `main/services/<area>.ts`
// handler map here with one line; the HandlerMap type fails the typecheck if a channel has none.
import type { HandlerMap } from './types';
import { appHandlers } from './app';
import { fileHandlers } from './files';
import { healthHandlers } from './health';
import { iacHandlers } from './iac';
import { provisionHandlers } from './provision';

/** The handlers both hosts serve. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...fileHandlers,
  ...healthHandlers,
  ...iacHandlers,
  ...provisionHandlers,
};
