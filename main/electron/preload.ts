// The only bridge between the sandboxed page and main: `invoke` and `on`, for declared channels only.
// It may import nothing but electron (and types): the channel lists are injected at build time
// (scripts/build-main.mjs defines them from src/ipc/api.ts).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HaBridge, IpcReply } from '../../src/ipc/reply';

declare const __HA_REQUEST_CHANNELS__: readonly string[];
declare const __HA_EVENT_CHANNELS__: readonly string[];

const requests = new Set(__HA_REQUEST_CHANNELS__);
const events = new Set(__HA_EVENT_CHANNELS__);

const bridge: HaBridge = {
  invoke(channel: string, params: unknown): Promise<IpcReply> {
    if (typeof channel !== 'string' || !requests.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `unknown request channel "${String(channel)}"` } });
    }
    return ipcRenderer.invoke(channel, params) as Promise<IpcReply>;
  },
  on(channel: string, listener: (payload: unknown) => void): () => void {
    if (typeof channel !== 'string' || !events.has(channel) || typeof listener !== 'function') {
      throw new Error(`unknown event channel "${String(channel)}"`);
    }
    // The page never sees the IPC event object (it would expose ipcRenderer's sender).
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
};

contextBridge.exposeInMainWorld('haApi', bridge);
