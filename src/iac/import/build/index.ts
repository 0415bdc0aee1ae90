/** Turns intermediate records into a design (containment, properties, edges), lays it out, and reports what it could not map. */
import { designSchema, type Design } from '../../../model';
import { layoutDesign } from '../../../layout';
import type { ImportReport, IrResource } from '../ir';
import { BuildContext } from './context';
import { buildGateways, buildVpcsAndSubnets, regionCode, regionNode } from './network';
import { buildRouteTables, buildSecurityGroups } from './security';
import { buildBalancing, buildCompute, buildDatabases } from './compute';
import { buildConnectivity, buildOps } from './regional';
import { buildDns, buildEdges } from './edges';
import { gridLayout } from './grid';

/** Options of a build. */
export interface BuildOptions {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** Region of records that name none (a CloudFormation stack's region). */
  readonly defaultRegion?: string;
  /** "elk" (src/layout, default) or "grid" (fast, for very large imports). */
  readonly layout?: 'elk' | 'grid';
}

/** What an import returns. */
export interface ImportResult {
  readonly design: Design;
  readonly report: ImportReport;
}

/** Above this many nodes the ELK layout is skipped for the grid (keeps a 10k-resource import within seconds). */
export const ELK_NODE_LIMIT = 3000;

/** Builds a design from records (pure; async only because the layout engine is). */
export async function buildDesign(resources: readonly IrResource[], o: BuildOptions): Promise<ImportResult> {
  const c = new BuildContext(resources, o.defaultRegion ?? 'us-east-1');
  buildVpcsAndSubnets(c);
  buildGateways(c);
  buildSecurityGroups(c);
  buildConnectivity(c);
  buildRouteTables(c);
  buildBalancing(c);
  buildCompute(c);
  buildDatabases(c);
  buildOps(c);
  buildDns(c);
  for (const r of c.of('generic')) {
    c.generic.push({ logicalId: r.key, type: r.type });
    c.addNode({ id: c.ids.get(r)!, kind: 'generic', name: c.name(r), parent: r.region ? regionNode(c, regionCode(c, r)) : undefined, resourceType: r.type, properties: (r.p.properties as Record<string, unknown>) ?? {}, tags: c.userTags(r) });
  }
  buildEdges(c);
  const generic = c.generic;
  let design = { schemaVersion: 1, id: o.id, name: o.name, description: o.description ?? '', objectives: { rtoSeconds: {}, rpoSeconds: {} }, availabilityOverrides: {}, nodes: c.nodes, edges: c.edges } as unknown as Design;
  const parsed = designSchema.safeParse(design);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`import built an invalid design at ${issue.path.join('.')}: ${issue.message}`);
  }
  design = parsed.data as Design;
  const problem = integrity(design);
  if (problem) throw new Error(`import built an inconsistent design: ${problem}`);
  design = await laidOut(design, o.layout ?? (design.nodes.length > ELK_NODE_LIMIT ? 'grid' : 'elk'));
  return { design, report: { imported: resources.length - generic.length, generic, warnings: c.warnings } };
}

async function laidOut(design: Design, mode: 'elk' | 'grid'): Promise<Design> {
  if (mode === 'grid') return gridLayout(design);
  const changes = await layoutDesign(design);
  const patches = new Map<string, Record<string, unknown>>();
  for (const ch of changes) if (ch.type === 'updateNode') patches.set(ch.id, { ...patches.get(ch.id), ...ch.patch });
  return { ...design, nodes: design.nodes.map((n) => (patches.has(n.id) ? ({ ...n, ...patches.get(n.id) } as typeof n) : n)) };
}

// The model's checkIntegrity is quadratic in edges × nodes; imports of 10k+ resources need a linear check.
function integrity(d: Design): string | undefined {
  const ids = new Set<string>();
  for (const n of d.nodes) {
    if (ids.has(n.id)) return `duplicate id ${n.id}`;
    ids.add(n.id);
  }
  for (const e of d.edges) {
    if (ids.has(e.id)) return `duplicate id ${e.id}`;
    if (!ids.has(e.source) || !ids.has(e.target)) return `edge ${e.id} has a missing end`;
  }
  for (const n of d.nodes) {
    if (n.parent !== undefined && !ids.has(n.parent)) return `${n.id} has a missing parent`;
    const rec = n as unknown as Record<string, unknown>;
    for (const f of ['subnetIds', 'securityGroupIds', 'topicIds']) if (Array.isArray(rec[f]) && (rec[f] as string[]).some((x) => !ids.has(x))) return `${n.id}.${f} names a missing node`;
    for (const f of ['resourceId', 'standbySubnetId']) if (typeof rec[f] === 'string' && !ids.has(rec[f] as string)) return `${n.id}.${f} names a missing node`;
  }
  return undefined;
}
