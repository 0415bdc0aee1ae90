// Watches the viewport from inside React Flow and asks for a new render window only when the view leaves the current one.
import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { needsNewWindow, windowFor, type RenderWindow, type View } from './window';

interface Props {
  readonly current: RenderWindow | undefined;
  readonly overscan: number;
  readonly onWindow: (w: RenderWindow) => void;
}

/** Renders nothing; subscribes to React Flow's store outside React so a pan frame costs one rectangle test. */
export function WindowTracker({ current, overscan, onWindow }: Props) {
  const store = useStoreApi();
  useEffect(() => {
    const check = (s: { transform: [number, number, number]; width: number; height: number }) => {
      if (!s.width || !s.height) return;
      const view: View = { transform: s.transform, width: s.width, height: s.height };
      if (needsNewWindow(current, view)) onWindow(windowFor(view, overscan));
    };
    check(store.getState());
    return store.subscribe(check);
  }, [store, current, overscan, onWindow]);
  return null;
}
