// Saving an exported image: through the host (native dialog in Electron, a path in the browser) and, in the browser, also as a download.
import type { ActionContext } from '../actions/types';

export function downloadImage(format: 'png' | 'svg', data: string, name: string): void {
  const href = format === 'png' ? `data:image/png;base64,${data}` : URL.createObjectURL(new Blob([data], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
  if (format === 'svg') setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Sends the image to the host; in Electron the host asks where, in the browser the Export dialog asks for a path. */
export async function saveImage(ctx: ActionContext, format: 'png' | 'svg', data: string, path?: string): Promise<boolean> {
  const s = ctx.store.getState();
  if (s.host === 'web' && path === undefined) { s.setUi({ dialog: { type: 'export', format, data } }); return false; }
  const r = await ctx.api.invoke('file:export-image', { format, data, suggestedName: `${s.design.id}.${format}`, ...(path ? { path } : {}) } as never);
  if (r.ok) { s.toast('success', `Exported ${r.path ?? format.toUpperCase()}`); return true; }
  if (!('canceled' in r && r.canceled)) s.toast('error', `Not exported: ${'error' in r ? r.error : 'unknown error'}`);
  return false;
}
