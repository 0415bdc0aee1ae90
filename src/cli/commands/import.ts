/** `ha-architect import`: a CloudFormation template, Terraform state or `terraform show -json` output, or a live cloud, into a design file. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serializeDesign } from '../../model';
import type { ImportResult } from '../../iac/import/build';
import { importCloudFormation, importCloudFormationSet } from '../../iac/import/cloudformation';
import { ImportError } from '../../iac/import/errors';
import { importTerraformState } from '../../iac/import/terraform-state';
import { discoverDesign } from '../../discover';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { resolveTarget } from '../provision-target';
import { writeAtomic } from './export';

const USAGE = 'ha-architect import <file> [<file> …] --out design.json | ha-architect import --from-cloud [--target sandbox|aws] [--profile P] [--region R …] [--endpoint URL] [--tag k=v] --out design.json';

/** Terraform JSON (state or show -json) or CloudFormation, told apart by content rather than by file name. */
export function looksLikeTerraform(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^\s*\{/.test(head) && /"(terraform_version|format_version)"\s*:/.test(head) && !/"AWSTemplateFormatVersion"|"Resources"\s*:/.test(head);
}

function printReport(io: CliIo, r: ImportResult, out: string): void {
  const { report, design } = r;
  io.stdout(`Imported ${report.imported} resource${report.imported === 1 ? '' : 's'} into ${design.nodes.length} nodes and ${design.edges.length} edges: ${out}\n`);
  if (report.generic.length) {
    io.stdout(`${report.generic.length} resource${report.generic.length === 1 ? '' : 's'} kept as generic nodes (no HA Architect kind):\n`);
    for (const g of report.generic) io.stdout(`  ${g.logicalId} (${g.type})\n`);
  }
  for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
}

const command: CliCommand = {
  name: 'import',
  summary: 'Import CloudFormation, Terraform state / plan JSON, or a live cloud into a design',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv], allowPositionals: true, strict: true,
        options: {
          out: { type: 'string' }, 'from-cloud': { type: 'boolean' }, target: { type: 'string' }, profile: { type: 'string' },
          region: { type: 'string', multiple: true }, endpoint: { type: 'string' }, tag: { type: 'string' },
        },
      });
    } catch (err) {
      throw new UsageError(`${(err as Error).message}. Usage: ${USAGE}`);
    }
    const v = parsed.values;
    if (!v.out) throw new UsageError(`--out design.json is required. Usage: ${USAGE}`);
    const regions = (v.region ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
    for (const r of regions) if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(r)) throw new UsageError(`--region: "${r}" is not a region code such as us-east-1`);
    let result: ImportResult;
    if (v['from-cloud']) {
      if (parsed.positionals.length) throw new UsageError(`--from-cloud reads no file (got "${parsed.positionals[0]}")`);
      const kind = v.target ?? 'sandbox';
      if (kind !== 'sandbox' && kind !== 'aws') throw new UsageError(`--target must be sandbox or aws (got "${kind}")`);
      let tag: { key: string; value: string } | undefined;
      if (v.tag !== undefined) {
        const eq = v.tag.indexOf('=');
        if (eq <= 0) throw new UsageError(`--tag must be key=value (got "${v.tag}")`);
        tag = { key: v.tag.slice(0, eq), value: v.tag.slice(eq + 1) };
      }
      const resolved = await resolveTarget({ designPath: '', target: kind, profile: v.profile, region: regions[0], endpoint: v.endpoint, parallelism: 6, yes: false, json: false });
      if (resolved.note) io.stderr(`${resolved.note}\n`);
      try {
        result = await discoverDesign({ target: resolved.target, regions: regions.length ? regions : undefined, tag });
      } finally {
        await resolved.close();
      }
    } else {
      const files = parsed.positionals;
      if (files.length === 0) throw new UsageError(`no file given. Usage: ${USAGE}`);
      const texts = files.map((file) => {
        try {
          return { file, text: readFileSync(file, 'utf8') };
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}`);
        }
      });
      if (texts.length > 1 && texts.some((t) => looksLikeTerraform(t.text))) throw new UsageError('several files are read together only as the per-region templates of one CloudFormation export');
      try {
        const [one] = texts;
        result = texts.length > 1
          ? await importCloudFormationSet(texts)
          : looksLikeTerraform(one!.text)
            ? await importTerraformState(one!.text, { file: one!.file, region: regions[0] })
            : await importCloudFormation(one!.text, { file: one!.file, region: regions[0] });
      } catch (err) {
        // The user's --out file is left untouched: nothing is written on bad input.
        if (err instanceof ImportError) throw new UsageError(err.message);
        throw err;
      }
    }
    writeAtomic(v.out, serializeDesign(result.design));
    printReport(io, result, v.out);
    return 0;
  },
};

export default command;
