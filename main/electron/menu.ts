// The native menu as a template: every app command sends its MENU_ACTIONS id to the renderer, which
// performs the same action its own buttons and shortcuts do. Pure, so it is tested without Electron.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuActionId } from '../../src/ipc/channels/app';

/** What the menu needs from the host. */
export interface MenuInput {
  readonly isMac: boolean;
  readonly recent: readonly string[];
  readonly devTools: boolean;
  /** Sends the `app:menu-action` event. */
  send(action: MenuActionId, arg?: string): void;
}

/**
 * Shortcuts are shown but not registered (registerAccelerator: false): the page owns the keyboard, so
 * both hosts share one shortcut system, and a menu accelerator cannot swallow Delete, Ctrl+C or "M"
 * inside a text field, where the browser's own editing must win.
 */
/** The menu template for the given state (rebuilt when the recent files change). */
export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const item = (label: string, action: MenuActionId, accelerator?: string, arg?: string): MenuItemConstructorOptions => ({
    label,
    id: arg === undefined ? action : `${action}:${arg}`,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => input.send(action, arg),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const recent: MenuItemConstructorOptions[] = input.recent.length
    ? input.recent.map((file) => ({ ...item(path.basename(file), 'file.openRecent', undefined, file), sublabel: file, toolTip: file }))
    : [{ label: 'No recent files', enabled: false }];
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New', 'file.new', 'CmdOrCtrl+N'),
      item('New from Template…', 'file.newFromTemplate', 'CmdOrCtrl+Shift+N'),
      item('Open…', 'file.open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'file.openRecent', submenu: recent },
      sep,
      item('Save', 'file.save', 'CmdOrCtrl+S'),
      item('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      sep,
      item('Export PNG…', 'file.exportPng'),
      item('Export SVG…', 'file.exportSvg'),
      sep,
      item('Import CloudFormation / Terraform…', 'file.importIac'),
      item('Import from Cloud…', 'file.importCloud'),
      item('Export Terraform…', 'file.exportTerraform'),
      item('Export CloudFormation…', 'file.exportCloudFormation'),
      ...(input.isMac ? [] : [sep, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      item('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      item('Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
      sep,
      item('Cut', 'edit.cut', 'CmdOrCtrl+X'),
      item('Copy', 'edit.copy', 'CmdOrCtrl+C'),
      item('Paste', 'edit.paste', 'CmdOrCtrl+V'),
      item('Delete', 'edit.delete', 'Delete'),
      item('Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      item('Zoom to Fit', 'view.zoomToFit', 'Shift+1'),
      item('Zoom In', 'view.zoomIn', 'CmdOrCtrl+='),
      item('Zoom Out', 'view.zoomOut', 'CmdOrCtrl+-'),
      sep,
      item('Toggle Minimap', 'view.toggleMinimap', 'M'),
      item('Auto Layout', 'view.autoLayout', 'CmdOrCtrl+Shift+L'),
      sep,
      { role: 'togglefullscreen' },
      ...(input.devTools ? [{ role: 'toggleDevTools' as const }] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [item('About HA Architect', 'help.about')] };
  const appMenu: MenuItemConstructorOptions[] = input.isMac
    ? [{ label: 'HA Architect', submenu: [{ role: 'about' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }] }]
    : [];
  const windowMenu: MenuItemConstructorOptions[] = input.isMac ? [{ role: 'windowMenu' }] : [];
  return [...appMenu, file, edit, view, ...windowMenu, help];
}
