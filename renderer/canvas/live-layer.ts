// The live layer: one composited layer on top of the viewport that node badges which change often (live health) are
// portalled into. A change there re-rasterises a few mostly empty tiles of that layer, instead of the viewport's
// tiles under the badge, which are full of edges (each 256 px tile ~36 ms to redraw in software).
import { useSyncExternalStore } from 'react';

let layer: HTMLElement | null = null;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => { listeners.add(l); return () => void listeners.delete(l); };

/** Registers the layer element (Canvas mounts it; null when it unmounts). */
export function setLiveLayer(el: HTMLElement | null): void {
  if (el === layer) return;
  layer = el;
  for (const l of listeners) l();
}

/** The live layer element, or null (no canvas, e.g. in unit tests): badges then render in place. */
export function useLiveLayer(): HTMLElement | null {
  return useSyncExternalStore(subscribe, () => layer, () => null);
}
