// The typed IPC wrapper on the Electron side: one ipcMain.handle per declared request channel, the
// sender checked (the app's own main frame only), the parameters re-validated by dispatch.
import { ipcMain, type WebContents } from 'electron';
import { REQUESTS, type EventChannel, type EventPayload } from '../../src/ipc/api';
import type { IpcReply } from '../../src/ipc/reply';

/** Runs one request (main/services/dispatch bound to the handlers and host context). */
export type Runner = (channel: string, params: unknown) => Promise<IpcReply>;

/** Registers every request channel; requests from any frame that is not the app's own page are refused. */
export function registerIpc(run: Runner, isTrusted: (url: string | undefined) => boolean): void {
  for (const channel of Object.keys(REQUESTS)) {
    ipcMain.handle(channel, async (event, params: unknown): Promise<IpcReply> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrusted(frame.url)) {
        return { ok: false, error: { code: 'untrusted', message: `${channel}: refused, the request did not come from the app's own page` } };
      }
      return run(channel, params);
    });
  }
}

/** Pushes an event to a window's page (dropped if the page is gone). */
export function sendEvent<C extends EventChannel>(contents: WebContents, channel: C, payload: EventPayload<C>): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
