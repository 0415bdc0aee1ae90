// The one typed API the UI uses. The transport is picked once: the Electron preload's bridge when
// present, else HTTP + WebSocket to the browser host that served this page. Components never know which.
import type { HaApi } from '../src/ipc/api';
import { BRIDGE_GLOBAL, type HaBridge } from '../src/ipc/reply';
import { createBridgeApi } from './api-electron';
import { createWebApi, takeToken } from './api-web';

export { ApiError } from './api-reply';

function pickApi(): HaApi {
  const bridge = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as HaBridge | undefined;
  if (bridge) return createBridgeApi(bridge);
  const hasWindow = typeof window !== 'undefined' && typeof window.location !== 'undefined';
  if (!hasWindow) return createWebApi({ baseUrl: 'http://127.0.0.1/', token: null });
  const storage = (() => { try { return window.sessionStorage; } catch { return null; } })();
  return createWebApi({ baseUrl: window.location.origin, token: takeToken(window.location, storage, window.history) });
}

/** The API (requests and events) of whichever host runs this page. */
export const api: HaApi = pickApi();
