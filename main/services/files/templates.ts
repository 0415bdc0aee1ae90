// The reference designs shipped in resources/templates (`<id>.ha.json`).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TemplateInfo } from '../../../src/ipc/channels/files';
import { parseDesign } from '../../../src/model/parse';
import { MAX_DESIGN_BYTES, readTextFile } from './read';

const SUFFIX = '.ha.json';
const ID = /^[a-z0-9-]+$/;

/** The valid templates in `dir`, sorted by id (a template that does not parse is left out, not fatal). */
export async function listTemplates(dir: string): Promise<TemplateInfo[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const out: TemplateInfo[] = [];
  for (const name of names.filter((n) => n.endsWith(SUFFIX)).sort()) {
    const id = name.slice(0, -SUFFIX.length);
    if (!ID.test(id)) continue;
    const text = await readTextFile(path.join(dir, name), MAX_DESIGN_BYTES).catch(() => null);
    const parsed = text === null ? null : parseDesign(text);
    if (parsed?.ok) out.push({ id, name: parsed.design.name, description: parsed.design.description });
  }
  return out;
}

/** The text of template `id`; throws when there is no such template. */
export async function readTemplate(dir: string, id: string): Promise<string> {
  if (!ID.test(id)) throw new Error(`"${id}" is not a template id`);
  try {
    return await readTextFile(path.join(dir, id + SUFFIX), MAX_DESIGN_BYTES);
  } catch {
    throw new Error(`no template "${id}"`);
  }
}
