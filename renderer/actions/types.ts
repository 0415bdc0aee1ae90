// A user command: menus, shortcuts, toolbar buttons and the Electron menu all call the same `perform`.
import type { HaApi } from '../../src/ipc/api';
import type { Flow } from '../canvas/flow-ref';
import type { AppStore, State } from '../store';

export interface ActionContext {
  readonly store: AppStore;
  readonly api: HaApi;
  readonly flow: () => Flow | undefined;
}

export interface Action {
  /** The id the native menu sends (src/ipc/channels/app.ts MENU_ACTIONS) or a renderer-only id. */
  readonly id: string;
  readonly label: string;
  /** Key chords, e.g. "Mod+Z" (Mod = Ctrl, or Cmd on macOS); the first is shown in menus. */
  readonly shortcut?: readonly string[];
  readonly enabled?: (s: State) => boolean;
  perform(ctx: ActionContext, arg?: string): void | Promise<void>;
}
