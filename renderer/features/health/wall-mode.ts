// Wall-screen mode: in the app as a full-screen overlay (Esc leaves), or a whole page at `/?token=…&view=wall`.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

const wallStore = createStore<{ on: boolean }>()(() => ({ on: false }));

/** True while the in-app wall overlay is shown. */
export const useWallMode = (): boolean => useStore(wallStore, (s) => s.on);

/** Shows the wall overlay full screen. */
export function openWall(): void {
  wallStore.setState({ on: true });
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Leaves the wall overlay. */
export function closeWall(): void {
  wallStore.setState({ on: false });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** True when this page was opened as a wall screen (`view=wall` in the URL). */
export function isWallPage(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'wall';
}
