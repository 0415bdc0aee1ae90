/** App-level channels: version, host kind, Sandbox connection details. */
import { z } from 'zod';
import { event, request } from '../define';

/** Facts about the running back end that the UI shows. */
export interface AppInfo {
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly platform: string;
}

/** Requests of the app area. */
export const appRequests = {
  'app:info': request<AppInfo>()(z.object({})),
};

/** Events of the app area. */
export const appEvents = {
  /** A menu item was chosen in the native menu: the renderer performs the action of that id. */
  'app:menu-action': event<{ readonly action: string }>(),
};
