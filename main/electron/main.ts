// The Electron host: one hardened window on the built renderer, the native menu, and the shared
// services behind the typed IPC wrapper. Security decisions live in window.ts / security.ts.
import { app, BrowserWindow, Menu, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventChannel, EventPayload } from '../../src/ipc/api';
import { contentSecurityPolicy } from '../csp';
import { dispatch } from '../services/dispatch';
import { readRecent } from '../services/files/recent';
import { disposers } from '../services/lifecycle';
import { handlers } from '../services/index';
import { templatesDirOf, userDataDir } from '../services/paths';
import type { HostContext } from '../services/types';
import { electronDialogs } from './dialogs';
import { registerIpc, sendEvent } from './ipc';
import { menuTemplate } from './menu';
import { secureContents, secureSession } from './security';
import { isTrustedSender, windowOptions, type AppOrigin } from './window';

app.enableSandbox();
const appRoot = app.getAppPath();
const indexFile = path.join(appRoot, 'out', 'renderer', 'index.html');
const origin: AppOrigin = { indexUrl: pathToFileURL(indexFile).href, ...(process.env.HA_DEV_SERVER_URL ? { devServerUrl: process.env.HA_DEV_SERVER_URL } : {}) };
let win: BrowserWindow | null = null;
const cleanups = disposers();

function setMenu(recent: readonly string[]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({
    isMac: process.platform === 'darwin',
    recent,
    devTools: !app.isPackaged,
    send: (action, arg) => { if (win) sendEvent(win.webContents, 'app:menu-action', arg === undefined ? { action } : { action, arg }); },
  })));
}

const ctx: HostContext = {
  host: 'electron',
  version: app.getVersion(),
  home: process.env.HA_ARCHITECT_HOME ? userDataDir() : app.getPath('userData'),
  templatesDir: app.isPackaged ? path.join(process.resourcesPath, 'templates') : templatesDirOf(appRoot),
  dialogs: electronDialogs(() => win),
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>) {
    if (win) sendEvent(win.webContents, channel, payload);
    if (channel === 'file:recent-changed') setMenu(payload as readonly string[]);
  },
  onClose: (dispose) => cleanups.add(dispose),
};

function createWindow(): void {
  win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => { win = null; });
  void (origin.devServerUrl ? win.loadURL(origin.devServerUrl) : win.loadFile(indexFile));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => { if (win) { if (win.isMinimized()) win.restore(); win.focus(); } });
  app.on('web-contents-created', (_event, contents) => secureContents(contents, origin));
  app.whenReady().then(async () => {
    const devConnect = origin.devServerUrl ? [origin.devServerUrl.replace(/^http/, 'ws')] : [];
    secureSession(session.defaultSession, contentSecurityPolicy(devConnect));
    registerIpc((channel, params) => dispatch(handlers, channel, params, ctx), (url) => isTrustedSender(url, origin));
    setMenu(await readRecent(ctx.home));
    createWindow();
    app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) createWindow(); });
  }).catch((err: unknown) => {
    console.error('HA Architect failed to start:', err);
    app.exit(1);
  });
  app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit(); });
  // Services stop their running work (watches, the embedded Sandbox) before the process exits.
  let cleaned = false;
  app.on('will-quit', (event) => {
    if (cleaned) return;
    event.preventDefault();
    cleaned = true;
    void cleanups.run().finally(() => app.quit());
  });
}
