/** CloudFormation import: a template (YAML or JSON) → a design with layout, plus a report of what became generic. */
import { buildDesign, type ImportResult } from '../build';
import { ImportError } from '../errors';
import type { IrResource } from '../ir';
import { conditionHolds, evaluate, parameterDefaults, type TemplateScope } from './intrinsics';
import { mapCfnResource } from './map';
import { parseTemplateText } from './parse';
import { designIdFrom } from '../names';

/** Options of a CloudFormation import. */
export interface CfnImportOptions {
  /** File name for messages and the default design id. */
  readonly file?: string;
  /** Region of the stack (default: inferred from zone parameters, else us-east-1). */
  readonly region?: string;
  readonly layout?: 'elk' | 'grid';
  /** Logical ids of the sibling templates of a multi-region export (see importCloudFormationSet). */
  readonly external?: ReadonlySet<string>;
}

function inferRegion(defaults: Record<string, unknown>): string | undefined {
  for (const v of Object.values(defaults)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string' && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(first)) return first.slice(0, -1);
    if (typeof first === 'string' && /^[a-z]{2}(-[a-z]+)+-\d$/.test(first)) return first;
  }
  return undefined;
}

/** Reads a template into intermediate records (exported for discovery-free tests and the fuzz run). */
export function cloudFormationRecords(text: string, o: CfnImportOptions = {}): { records: IrResource[]; region: string; description?: string; warnings: string[] } {
  const file = o.file ?? 'template';
  const t = parseTemplateText(text, file);
  const resources = t.value.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) {
    const at = t.locate(['Resources']) ?? { line: 1, column: 1 };
    throw new ImportError({ file, ...at, message: resources === undefined ? 'no "Resources" section: this is not a CloudFormation template' : '"Resources" must be a mapping of logical ids to resources' });
  }
  const defaults = parameterDefaults(t.value.Parameters);
  const region = o.region ?? inferRegion(defaults) ?? 'us-east-1';
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const scope: TemplateScope = { region, resources: new Set(Object.keys(resources)), parameters: defaults, mappings: obj(t.value.Mappings), conditions: obj(t.value.Conditions),
    properties: (id) => obj(obj((resources as Record<string, unknown>)[id]).Properties),
    external: o.external,
  };
  const records: IrResource[] = [];
  const warnings: string[] = [];
  for (const [id, raw] of Object.entries(resources as Record<string, unknown>)) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || typeof (raw as { Type?: unknown }).Type !== 'string' || !(raw as { Type: string }).Type.trim()) {
      const at = t.locate(['Resources', id]);
      throw new ImportError({ file, ...at, message: `resource "${id}" must be a mapping with a string "Type" (e.g. Type: AWS::EC2::VPC)` });
    }
    const r = raw as { Type: string; Properties?: unknown; Condition?: unknown; Metadata?: unknown };
    if (r.Properties !== undefined && (r.Properties === null || typeof r.Properties !== 'object' || Array.isArray(r.Properties))) {
      throw new ImportError({ file, ...t.locate(['Resources', id, 'Properties']), message: `resource "${id}": "Properties" must be a mapping` });
    }
    if (r.Condition !== undefined && !conditionHolds(r.Condition, scope)) {
      warnings.push(`${id}: condition ${String(r.Condition)} is false with the parameter defaults; not imported.`);
      continue;
    }
    const evaluated = evaluate(r.Properties ?? {}, scope);
    const props = evaluated && typeof evaluated === 'object' && !Array.isArray(evaluated) ? (evaluated as Record<string, unknown>) : {};
    records.push(mapCfnResource(id, r.Type, props, r.Metadata, region));
  }
  return { records, region, description: typeof t.value.Description === 'string' ? t.value.Description : undefined, warnings };
}

/** Imports a CloudFormation template; throws ImportError on malformed text or an unexpected shape. */
export async function importCloudFormation(text: string, o: CfnImportOptions = {}): Promise<ImportResult> {
  const { records, region, description, warnings } = cloudFormationRecords(text, o);
  const id = designIdFrom(o.file ?? 'cloudformation');
  const result = await buildDesign(records, { id, name: id, description: description?.slice(0, 10000), defaultRegion: region, layout: o.layout });
  return { design: result.design, report: { ...result.report, warnings: [...warnings, ...result.report.warnings] } };
}

/** Logical ids of a template's resources (for cross-template references); empty when the text is not a template. */
function logicalIds(text: string, file: string): string[] {
  const r = parseTemplateText(text, file).value.Resources;
  return r && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r) : [];
}

/**
 * Imports the templates of one multi-region export together (a stack per region): parameters that
 * stand for a resource of a sibling template (`Vpc2Id`, `Alb2DNSName`) are joined back to it.
 */
export async function importCloudFormationSet(files: readonly { readonly file: string; readonly text: string; readonly region?: string }[], o: Pick<CfnImportOptions, 'layout'> & { readonly id?: string } = {}): Promise<ImportResult> {
  const ids = files.map((f) => logicalIds(f.text, f.file));
  const records: IrResource[] = [];
  const warnings: string[] = [];
  let first: string | undefined;
  files.forEach((f, i) => {
    const external = new Set(ids.filter((_, j) => j !== i).flat());
    const region = f.region ?? /^([a-z]{2}(?:-[a-z]+)+-\d)\./.exec(f.file.split(/[\\/]/).pop()!)?.[1];
    const r = cloudFormationRecords(f.text, { file: f.file, region, external });
    first ??= r.region;
    records.push(...r.records);
    warnings.push(...r.warnings);
  });
  const id = o.id ?? designIdFrom(files[0]?.file ?? 'cloudformation');
  const result = await buildDesign(records, { id, name: id, defaultRegion: first, layout: o.layout });
  return { design: result.design, report: { ...result.report, warnings: [...warnings, ...result.report.warnings] } };
}
