// The bottom panel's top edge: drag it (pointer) or focus it and press the arrow keys to change the
// panel's height; double-click (or Enter) restores the default. The height is kept in the UI prefs.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { appStore } from '../store';
import { BOTTOM_HEIGHT, clampBottomHeight } from '../store/ui-slice';

/** Pixels per arrow key press (Shift or PageUp / PageDown: four times as many). */
export const KEY_STEP = 16;

interface Props {
  /** The height shown right now (the stored one, or the live one while dragging). */
  readonly height: number;
  /** Live height while a drag is in progress; null when it ends (the store then holds the result). */
  readonly onDrag: (height: number | null) => void;
}

export function PanelResizer({ height, onDrag }: Props) {
  const start = useRef<{ y: number; h: number; last: number } | null>(null);
  const commit = (h: number) => appStore.getState().setUi({ bottomHeight: h });

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    start.current = { y: e.clientY, h: height, last: height };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const s = start.current;
    if (!s) return;
    // Dragging up (smaller clientY) makes the panel taller.
    s.last = clampBottomHeight(s.h + (s.y - e.clientY));
    onDrag(s.last);
  };
  const end = (e: PointerEvent<HTMLDivElement>) => {
    const s = start.current;
    if (!s) return;
    start.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (s.last !== s.h) commit(s.last);
    onDrag(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const big = e.shiftKey ? 4 : 1;
    const by: Record<string, () => number> = {
      ArrowUp: () => height + KEY_STEP * big, ArrowDown: () => height - KEY_STEP * big,
      PageUp: () => height + KEY_STEP * 4, PageDown: () => height - KEY_STEP * 4,
      Home: () => BOTTOM_HEIGHT.min, End: () => Number.POSITIVE_INFINITY, Enter: () => BOTTOM_HEIGHT.initial,
    };
    const next = by[e.key];
    if (!next || e.altKey || e.ctrlKey || e.metaKey) return;
    // Handled here: the canvas shortcuts must not also see the key.
    e.preventDefault();
    e.stopPropagation();
    commit(next());
  };
  const max = clampBottomHeight(Number.POSITIVE_INFINITY);
  return (
    <div
      className="ha-bottom-resizer" role="separator" aria-orientation="horizontal" tabIndex={0}
      aria-label="Resize the bottom panel" aria-valuemin={BOTTOM_HEIGHT.min} aria-valuemax={max} aria-valuenow={height}
      title="Drag to resize · double-click to reset · ↑/↓ when focused" data-testid="bottom-resizer"
      onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={end} onPointerCancel={end}
      onDoubleClick={() => commit(BOTTOM_HEIGHT.initial)} onKeyDown={onKeyDown}
    />
  );
}
