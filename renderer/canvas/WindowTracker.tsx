// Watches the viewport from inside React Flow and asks for a new render window only when the view leaves the current one.
import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { FIRST_OVERSCAN, needsNewWindow, OVERSCAN, windowFor, type RenderWindow, type View } from './window';

interface Props {
  readonly current: RenderWindow | undefined;
  readonly onWindow: (w: RenderWindow) => void;
}
type Flow = { transform: [number, number, number]; width: number; height: number };
const viewOf = (s: Flow): View | undefined => (s.width && s.height ? { transform: s.transform, width: s.width, height: s.height } : undefined);

/**
 * Renders nothing; subscribes to React Flow's store outside React, so a pan frame costs one rectangle test. A design's
 * first window is small (a fast first paint) and grows to the full overscan once the browser is idle.
 */
export function WindowTracker({ current, onWindow }: Props) {
  const store = useStoreApi();
  useEffect(() => {
    const check = (s: Flow) => {
      const view = viewOf(s);
      if (view && needsNewWindow(current, view)) onWindow(windowFor(view, current ? OVERSCAN : FIRST_OVERSCAN));
    };
    check(store.getState());
    const unsubscribe = store.subscribe(check);
    const grow = current && current.overscan < OVERSCAN
      ? requestIdleCallback(() => { const view = viewOf(store.getState()); if (view) onWindow(windowFor(view, OVERSCAN)); }, { timeout: 600 })
      : undefined;
    return () => { unsubscribe(); if (grow !== undefined) cancelIdleCallback(grow); };
  }, [store, current, onWindow]);
  return null;
}
