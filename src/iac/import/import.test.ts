// Importers: round trips through both exporters keep the topology; intrinsics, plans, reports and errors.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, parseDesignValue, type Design } from '../../model';
import { generateDesign } from '../../testing/generate';
import { exportCloudFormation } from '../export/cloudformation';
import { exportTerraform } from '../export/terraform';
import { designRegions } from '../regions';
import { everyKindDesign } from '../fixtures.test-util';
import { fakeApply } from '../fake-apply.test-util';
import { exportable, onlyRegion, topology } from '../roundtrip.test-util';
import { importCloudFormation, importCloudFormationSet } from './cloudformation';
import { importTerraformState } from './terraform-state';

const TEMPLATES = new URL('../../../resources/templates/', import.meta.url);

function designs(): [string, Design][] {
  const out: [string, Design][] = [['every kind', everyKindDesign()], ['generated 300', generateDesign(300, 3)]];
  let files: string[] = [];
  try { files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.ha.json')).sort(); } catch { /* none yet */ }
  for (const f of files) {
    const r = parseDesign(readFileSync(new URL(f, TEMPLATES), 'utf8'));
    if (r.ok) out.push([f, r.design]);
  }
  return out;
}

describe.each(designs())('round trip of %s', (_name, d) => {
  it('Terraform export → apply (on paper) → state import gives the same topology, a valid design, no warnings', async () => {
    const { design, report } = await importTerraformState(await fakeApply(exportTerraform(d)), { file: 'terraform.tfstate', layout: 'grid' });
    expect(parseDesignValue(design).ok).toBe(true);
    expect(topology(design)).toEqual(topology(exportable(d)));
    expect(report.warnings).toEqual([]);
  }, 120_000);

  it('CloudFormation export → import of the primary region template gives the same topology', async () => {
    const region = designRegions(d)[0]!;
    const single = onlyRegion(d, region);
    const files = exportCloudFormation(single);
    expect(Object.keys(files)).toEqual(['template.yaml']);
    const { design, report } = await importCloudFormation(files['template.yaml']!, { file: 'template.yaml', layout: 'grid' });
    expect(parseDesignValue(design).ok).toBe(true);
    expect(topology(design)).toEqual(topology(single));
    expect(report.generic).toEqual([]);
  }, 120_000);
});

describe('multi-region CloudFormation', () => {
  it('imports the per-region templates together: cross-region peering, replicas and DNS targets join up again', async () => {
    const d = everyKindDesign();
    const files = Object.entries(exportCloudFormation(d)).map(([file, text]) => ({ file, text }));
    expect(files.map((f) => f.file)).toEqual(['us-east-1.template.yaml', 'eu-west-1.template.yaml']);
    const { design, report } = await importCloudFormationSet(files, { layout: 'grid' });
    expect(parseDesignValue(design).ok).toBe(true);
    expect(topology(design)).toEqual(topology(exportable(d)));
    expect(report.warnings).toEqual([]);
  }, 120_000);
});

describe('import layout', () => {
  it('nests region ⊃ VPC ⊃ AZ ⊃ subnet with containers sized around their children', async () => {
    const { design } = await importCloudFormation(exportCloudFormation(onlyRegion(everyKindDesign(), 'us-east-1'))['template.yaml']!);
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    for (const n of design.nodes) {
      if (!n.parent) continue;
      const p = byId.get(n.parent)!;
      expect(p.size, `${p.id} has a size`).toBeDefined();
      expect(n.position.x).toBeGreaterThanOrEqual(0);
      expect(n.position.y).toBeGreaterThanOrEqual(0);
      expect(n.position.x + (n.size?.width ?? 0)).toBeLessThanOrEqual(p.size!.width);
    }
    expect(byId.get('app1a')?.parent && byId.get(byId.get('app1a')!.parent!)?.kind).toBe('az');
  }, 120_000);
});
