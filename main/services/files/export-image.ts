// Saving an exported canvas image: PNG arrives as base64, SVG as text; both are checked to be
// what they claim before anything is written.
import type { SaveResult } from '../../../src/ipc/channels/files';
import { writeFileAtomic } from './atomic';
import { resolveWriteTarget } from './save';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The bytes to write for an image, or a readable reason why the data is not that image. */
export function imageBytes(format: 'png' | 'svg', data: string): Buffer | string {
  if (format === 'png') {
    const bytes = Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64');
    return bytes.subarray(0, 8).equals(PNG_MAGIC) ? bytes : 'the PNG data is not a PNG image (expected base64 of a PNG file)';
  }
  const head = data.slice(0, 2048).trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head) ? Buffer.from(data, 'utf8') : 'the SVG data does not start with an <svg> element';
}

/** Writes an exported image atomically to `target`. */
export async function saveImage(target: string, format: 'png' | 'svg', data: string): Promise<SaveResult> {
  const bytes = imageBytes(format, data);
  if (typeof bytes === 'string') return { ok: false, error: `not exported: ${bytes}` };
  try {
    await writeFileAtomic(await resolveWriteTarget(target), bytes);
    return { ok: true, path: target };
  } catch (err) {
    return { ok: false, error: `not exported: ${err instanceof Error ? err.message : String(err)}` };
  }
}
