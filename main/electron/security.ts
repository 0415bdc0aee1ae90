// Session and web-contents hardening: the CSP header, no permissions, no navigation away from the
// app's page, no new windows, no webviews.
import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, type AppOrigin } from './window';

/** Adds the CSP header to every response and denies every permission request (camera, notifications, …). */
export function secureSession(ses: Session, csp: string): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Keeps a web contents on the app's own page: navigation elsewhere and new windows are denied. */
export function secureContents(contents: WebContents, origin: AppOrigin): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, origin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
