/**
 * Import from cloud: reads a live target (the Sandbox, an AWS profile in one or
 * more regions, or a custom endpoint) through the provisioner's handlers — the
 * same Describe calls provisioning uses — into a design with layout.
 */
import { buildDesign, type ImportResult } from '../iac/import/build';
import { DESIGN_TAG } from '../iac/tags';
import { clientFactory, type ClientFactory } from '../provision/clients';
import type { Handler } from '../provision/handler';
import { HANDLER_LIST } from '../provision/handlers';
import type { ActualResource, Target } from '../provision/types';
import { discoveredRecords } from './map';

/** Options of a discovery. */
export interface DiscoverDesignOptions {
  readonly target: Target;
  /** Regions to read (default: the target's region). */
  readonly regions?: readonly string[];
  /** Only resources carrying this tag (key=value). */
  readonly tag?: { readonly key: string; readonly value: string };
  readonly id?: string;
  readonly name?: string;
  /** Parallel region × kind listings (default 6). */
  readonly concurrency?: number;
  /** Tests and benchmarks may pass a prepared factory. */
  readonly factory?: ClientFactory;
  readonly handlers?: readonly Handler[];
  readonly layout?: 'elk' | 'grid';
}

function hasTag(a: ActualResource, tag: { key: string; value: string }): boolean {
  if (tag.key === DESIGN_TAG) return a.designId === tag.value;
  if (tag.key === 'Name') return a.name === tag.value;
  return a.tags?.[tag.key] === tag.value;
}

/**
 * Lists every handled resource kind in every region (bounded concurrency), unresolved.
 * A kind the target cannot list (a service it lacks, a permission missing) becomes a
 * warning; only when nothing at all can be listed is the first error thrown.
 */
export async function discoverResources(factory: ClientFactory, regions: readonly string[], o: Pick<DiscoverDesignOptions, 'tag' | 'concurrency' | 'handlers'> = {}, warnings: string[] = []): Promise<ActualResource[]> {
  const handlers = o.handlers ?? HANDLER_LIST;
  const designId = o.tag?.key === DESIGN_TAG ? o.tag.value : undefined;
  const jobs = regions.flatMap((region) => handlers.map((h) => ({ region, h })));
  const results: ActualResource[][] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const { region, h } = jobs[i]!;
      try {
        results[i] = await h.discover({ clients: factory(region), region, designId });
      } catch (err) {
        results[i] = [];
        errors.push(err);
        warnings.push(`could not list ${h.kind} resources in ${region}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };
  const errors: unknown[] = [];
  await Promise.all(Array.from({ length: Math.min(o.concurrency ?? 6, jobs.length) }, worker));
  if (jobs.length > 0 && errors.length === jobs.length) throw errors[0];
  const all = results.flat();
  return o.tag ? all.filter((a) => hasTag(a, o.tag!)) : all;
}

/** Reads the target into a design (region ⊃ VPC ⊃ AZ ⊃ subnet, edges) with the import report. */
export async function discoverDesign(o: DiscoverDesignOptions): Promise<ImportResult> {
  const factory = o.factory ?? clientFactory(o.target);
  try {
    const regions = o.regions?.length ? o.regions : [factory.homeRegion];
    const warnings: string[] = [];
    const actual = await discoverResources(factory, regions, o, warnings);
    const id = o.id ?? `discovered-${o.target.kind}`;
    const where = o.target.kind === 'aws' ? `AWS${o.target.profile ? ` (profile ${o.target.profile})` : ''}` : o.target.endpoint;
    const result = await buildDesign(discoveredRecords(actual), {
      id, name: o.name ?? `Discovered from ${o.target.kind}`, description: `Discovered from ${where} in ${regions.join(', ')}${o.tag ? ` (tag ${o.tag.key}=${o.tag.value})` : ''}.`,
      defaultRegion: regions[0], layout: o.layout,
    });
    return { design: result.design, report: { ...result.report, warnings: [...warnings, ...result.report.warnings] } };
  } finally {
    if (!o.factory) factory.destroy();
  }
}
