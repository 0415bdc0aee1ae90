/** App-level channels: version, host kind, native menu actions. */
import { z } from 'zod';
import { event, request } from '../define';

/** Facts about the running back end that the UI shows. */
export interface AppInfo {
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly platform: string;
  /** True when the host has native open/save dialogs (Electron); the browser host needs a path from the UI. */
  readonly nativeDialogs: boolean;
}

/** Every action id a native menu item can send (the renderer performs the action of that id). */
export const MENU_ACTIONS = [
  'file.new', 'file.newFromTemplate', 'file.open', 'file.openRecent', 'file.save', 'file.saveAs',
  'file.exportPng', 'file.exportSvg',
  'file.importIac', 'file.importCloud', 'file.exportTerraform', 'file.exportCloudFormation',
  'edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.delete', 'edit.selectAll',
  'view.zoomToFit', 'view.zoomIn', 'view.zoomOut', 'view.toggleMinimap', 'view.autoLayout',
  'help.about',
] as const;

/** A native menu action id. */
export type MenuActionId = (typeof MENU_ACTIONS)[number];

/** A menu action event: the action id, plus an argument where the item carries one (the path of a recent file). */
export interface MenuAction {
  readonly action: MenuActionId;
  readonly arg?: string;
}

/** Requests of the app area. */
export const appRequests = {
  'app:info': request<AppInfo>()(z.object({})),
};

/** Events of the app area. */
export const appEvents = {
  /** A menu item was chosen in the native menu: the renderer performs the action of that id. */
  'app:menu-action': event<MenuAction>(),
};
