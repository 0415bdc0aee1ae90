// Transient canvas geometry (dragging, resizing) kept out of the design until the gesture ends.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Overlay } from './derive';

interface OverlayState { readonly overlay: ReadonlyMap<string, Overlay> }

export const overlayStore = createStore<OverlayState>()(() => ({ overlay: new Map() }));

/** The current overlay (the canvas subscribes; nodes do not). */
export function useOverlay(): ReadonlyMap<string, Overlay> {
  return useStore(overlayStore, (s) => s.overlay);
}

/** Merges geometry for some nodes into the overlay. */
export function setOverlay(updates: ReadonlyMap<string, Overlay>): void {
  const next = new Map(overlayStore.getState().overlay);
  for (const [id, o] of updates) next.set(id, { ...next.get(id), ...o });
  overlayStore.setState({ overlay: next });
}

/** Forgets the overlay (gesture committed or refused). */
export function clearOverlay(ids?: readonly string[]): void {
  const cur = overlayStore.getState().overlay;
  if (cur.size === 0) return;
  if (!ids) { overlayStore.setState({ overlay: new Map() }); return; }
  const next = new Map(cur);
  for (const id of ids) next.delete(id);
  overlayStore.setState({ overlay: next });
}
