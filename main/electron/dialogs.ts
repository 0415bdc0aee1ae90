// Native open / save dialogs for the file services (the Electron host's Dialogs).
import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Dialogs } from '../services/types';

const DESIGN_FILTERS = [{ name: 'HA Architect design', extensions: ['json'] }, { name: 'All files', extensions: ['*'] }];

/** Adds `ext` when the chosen name has no extension at all. */
export function withExtension(file: string, ext: string): string {
  return path.extname(file) ? file : file + ext;
}

/** Dialogs parented to the app window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const save = async (defaultPath: string, filters: Electron.FileFilter[], ext: string) => {
    const win = getWindow();
    const r = win ? await dialog.showSaveDialog(win, { defaultPath, filters }) : await dialog.showSaveDialog({ defaultPath, filters });
    return r.canceled || !r.filePath ? null : withExtension(r.filePath, ext);
  };
  return {
    async openDesign() {
      const win = getWindow();
      const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: DESIGN_FILTERS };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    saveDesign: (name) => save(name, DESIGN_FILTERS, '.ha.json'),
    saveImage: (format, name) => save(name, [{ name: format.toUpperCase(), extensions: [format] }], `.${format}`),
  };
}
