// Space + drag pans, over nodes too: while Space is held the canvas gets a class that lets the pointer through nodes
// and edges to the pane. A class, not a React Flow prop: toggling nodesDraggable re-rendered every mounted node twice
// per pan (key down and up), the longest frames of a pan on a big design.
import { useEffect, type RefObject } from 'react';
import { isTyping } from '../actions/keyboard';

/** The class the canvas carries while Space is held. */
export const SPACE_PAN_CLASS = 'is-space-pan';

/** Toggles SPACE_PAN_CLASS on `el` while Space is held (not while typing in a field). */
export function useSpacePan(el: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const set = (on: boolean) => el.current?.classList.toggle(SPACE_PAN_CLASS, on);
    const down = (e: KeyboardEvent) => { if (e.code === 'Space' && !isTyping(e.target)) set(true); };
    const up = (e: KeyboardEvent) => { if (e.code === 'Space') set(false); };
    const off = () => set(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', off);
    return () => { window.removeEventListener('keydown', down); window.removeEventListener('keyup', up); window.removeEventListener('blur', off); };
  }, [el]);
}
