// The Electron transport: the preload's `window.haApi` bridge, typed and unwrapped.
import type { EventChannel, EventPayload, HaApi, RequestChannel, RequestParams, RequestResult } from '../src/ipc/api';
import type { HaBridge } from '../src/ipc/reply';
import { unwrap } from './api-reply';

/** Wraps the preload bridge as the typed API. */
export function createBridgeApi(bridge: HaBridge): HaApi {
  return {
    async invoke<C extends RequestChannel>(channel: C, params: RequestParams<C>): Promise<RequestResult<C>> {
      return unwrap<RequestResult<C>>(await bridge.invoke(channel, params));
    },
    on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void {
      return bridge.on(channel, (payload) => listener(payload as EventPayload<C>));
    },
  };
}
