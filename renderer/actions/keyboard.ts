// Keyboard shortcuts: chords such as "Mod+Shift+Z" matched against key events (Mod = Cmd on macOS, Ctrl elsewhere).
import { ACTIONS } from './registry';
import type { Action } from './types';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The chord of a key event in the shortcut notation. */
export function chordOf(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac = IS_MAC): string {
  const mod = mac ? e.metaKey : e.ctrlKey;
  // Shift+1 arrives as "!" on most layouts: use the physical key for digits.
  const key = /^Digit\d$/.test(e.code) ? e.code.slice(5) : e.key.length === 1 ? e.key.toUpperCase() : e.key;
  return [mod ? 'Mod' : '', e.altKey ? 'Alt' : '', e.shiftKey && key !== '+' ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The action bound to a chord, if any. */
export function actionForChord(chord: string, actions: readonly Action[] = ACTIONS): Action | undefined {
  return actions.find((a) => a.shortcut?.some((s) => s.toUpperCase() === chord.toUpperCase()));
}

/** True when keys typed in this element belong to it (text fields), not to the canvas. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** How a shortcut is shown in menus and tooltips on this platform. */
export function showChord(chord: string, mac = IS_MAC): string {
  return chord.replace('Mod', mac ? '⌘' : 'Ctrl').replace('Shift', mac ? '⇧' : 'Shift').replace(/\+/g, mac ? '' : '+').replace(/^(.*)=$/, '$1+');
}
