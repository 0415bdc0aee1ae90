import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_ACTIONS } from '../../src/ipc/channels/app';
import { menuTemplate } from './menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(isMac: boolean, recent: string[] = []) {
  const sent: { action: string; arg?: string }[] = [];
  const template = menuTemplate({ isMac, recent, devTools: false, send: (action, arg) => void sent.push(arg === undefined ? { action } : { action, arg }) });
  return { template, sent, items: flatten(template) };
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('native menu', () => {
  it('has the File, Edit and View commands of the issue, each sending its action id', () => {
    const { template, items, sent } = build(false);
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
    const labels = items.map((i) => i.label);
    for (const l of ['New', 'New from Template…', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export PNG…', 'Export SVG…', 'Quit',
      'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All', 'Zoom to Fit', 'Toggle Minimap']) expect(labels).toContain(l);
    const actionable = items.filter((i) => typeof i.click === 'function');
    for (const i of actionable) click(i);
    expect(sent.map((s) => s.action)).toEqual(actionable.map((i) => i.id));
    for (const s of sent) expect(MENU_ACTIONS).toContain(s.action);
  });

  it('lists recent files, sending the path as the argument', () => {
    const { items, sent } = build(false, ['/home/u/shop.ha.json', '/home/u/b.ha.json']);
    const recent = items.filter((i) => i.id?.startsWith('file.openRecent:'));
    expect(recent.map((i) => i.label)).toEqual(['shop.ha.json', 'b.ha.json']);
    click(recent[0]!);
    expect(sent).toEqual([{ action: 'file.openRecent', arg: '/home/u/shop.ha.json' }]);
    expect(build(false).items.find((i) => i.label === 'No recent files')?.enabled).toBe(false);
  });

  it('shows shortcuts without stealing keys from the page', () => {
    const withKeys = build(false).items.filter((i) => i.accelerator);
    expect(withKeys.length).toBeGreaterThan(10);
    for (const i of withKeys) expect(i.registerAccelerator, i.label).toBe(false);
  });

  it('puts Quit in the app menu on macOS', () => {
    const { template, items } = build(true);
    expect(template[0]!.label).toBe('HA Architect');
    expect(items.filter((i) => i.role === 'quit')).toHaveLength(1);
  });
});
