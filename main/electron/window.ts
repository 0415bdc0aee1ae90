// The Electron window's security posture as plain data and pure checks, so it is unit-tested on
// Node without the Electron binary (main.ts only hands these to Electron).
import type { BrowserWindowConstructorOptions } from 'electron';

/** The BrowserWindow options: an isolated, sandboxed renderer with no Node and full web security. */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'HA Architect',
    backgroundColor: '#1e1e1e',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** Where the app's own page lives: the built renderer (file://) or, in development, a dev server. */
export interface AppOrigin {
  /** file:// URL of out/renderer/index.html. */
  readonly indexUrl: string;
  /** http://127.0.0.1:PORT of a dev server, when HA_DEV_SERVER_URL is set. */
  readonly devServerUrl?: string;
}

/** True when a frame at `url` is the app's own page (the only sender IPC handlers answer). */
export function isTrustedSender(url: string | undefined, origin: AppOrigin): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') {
    const index = new URL(origin.indexUrl);
    return u.host === '' && index.host === '' && decodeURIComponent(u.pathname) === decodeURIComponent(index.pathname);
  }
  if (!origin.devServerUrl) return false;
  const dev = new URL(origin.devServerUrl);
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === dev.origin && (dev.hostname === '127.0.0.1' || dev.hostname === 'localhost');
}

/** True when the app may navigate its window to `url` (only to its own page, e.g. a reload). */
export function isAllowedNavigation(url: string, origin: AppOrigin): boolean {
  return isTrustedSender(url, origin);
}
