/** Terraform import: state v4 (`terraform.tfstate`) or `terraform show -json` (state or plan) → a design with layout and a report. */
import { buildDesign, type ImportResult } from '../build';
import type { IrResource } from '../ir';
import { designIdFrom } from '../names';
import { ID_ATTRIBUTES, TF_TYPES } from './map';
import { readTerraform, type TfInstance } from './read';

/** Options of a Terraform import. */
export interface TfImportOptions {
  readonly file?: string;
  /** Region for resources whose region cannot be told (default us-east-1). */
  readonly region?: string;
  readonly layout?: 'elk' | 'grid';
}

const REGION_IN_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):/;

function regionOf(i: TfInstance): string | undefined {
  const a = i.attributes;
  if (typeof a.region === 'string' && a.region) return a.region;
  const arn = typeof a.arn === 'string' ? REGION_IN_ARN.exec(a.arn) : null;
  if (arn) return arn[1];
  const zone = a.availability_zone;
  return typeof zone === 'string' && /\d[a-z]$/.test(zone) ? zone.slice(0, -1) : undefined;
}

function tagsOf(a: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const map = a.tags ?? a.tags_all;
  if (map && typeof map === 'object' && !Array.isArray(map)) for (const [k, v] of Object.entries(map)) if (typeof v === 'string') out[k] = v;
  if (Array.isArray(a.tag)) for (const t of a.tag) if (t && typeof t.key === 'string' && typeof t.value === 'string') out[t.key] = t.value;
  return out;
}

/** Maps instances to intermediate records. */
export function terraformRecords(instances: readonly TfInstance[]): IrResource[] {
  return instances.map((i) => {
    const ids = [...ID_ATTRIBUTES.map((k) => i.attributes[k]).filter((v): v is string => typeof v === 'string' && v !== ''), i.base];
    const mapper = TF_TYPES[i.type];
    const base = { key: i.address, type: i.type, ids, region: regionOf(i), tags: tagsOf(i.attributes) };
    if (!mapper) {
      // Unmodelled: keep only identifiers (state attributes may hold secrets).
      const properties = Object.fromEntries(['id', 'arn'].filter((k) => typeof i.attributes[k] === 'string').map((k) => [k, i.attributes[k]]));
      return { ...base, kind: 'generic', p: { properties } } as IrResource;
    }
    const m = mapper(i.get, i.attributes);
    return { ...base, kind: m.kind, p: m.p } as IrResource;
  });
}

/** Imports Terraform state or `terraform show -json` output; throws ImportError on malformed text or an unknown shape. */
export async function importTerraformState(text: string, o: TfImportOptions = {}): Promise<ImportResult> {
  const file = o.file ?? 'terraform.tfstate';
  const { instances, format } = readTerraform(text, file);
  const records = terraformRecords(instances);
  const id = designIdFrom(file);
  return buildDesign(records, { id, name: id, description: `Imported from Terraform ${format === 'state' ? 'state' : format === 'plan' ? 'plan' : 'show -json output'} ${file}.`, defaultRegion: o.region, layout: o.layout });
}
