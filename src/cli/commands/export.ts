/** `ha-architect export`: a design as a Terraform folder or a CloudFormation template (one per region), written atomically. */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportCloudFormation } from '../../iac/export/cloudformation';
import { exportTerraform } from '../../iac/export/terraform';
import { UsageError, type CliCommand } from '../command';
import { loadDesignFile } from '../design-file';

const USAGE = 'ha-architect export <design.json> --format terraform|cloudformation --out PATH';

/** File extensions that name one CloudFormation template. */
const TEMPLATE_EXTS: ReadonlySet<string> = new Set(['.json', '.yaml', '.yml']);

/** Writes a file through a temporary sibling and a rename, so a reader never sees half a file and a failure leaves the old one. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

const command: CliCommand = {
  name: 'export',
  summary: 'Export a design as Terraform (AWS provider ~> 6.0) or CloudFormation',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { format: { type: 'string' }, out: { type: 'string' } } });
    } catch (err) {
      throw new UsageError(`${(err as Error).message}. Usage: ${USAGE}`);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file) throw new UsageError(`no design file given. Usage: ${USAGE}`);
    if (extra.length) throw new UsageError(`one design file only (got "${file}" and "${extra[0]}")`);
    const format = parsed.values.format;
    if (format !== 'terraform' && format !== 'cloudformation') throw new UsageError(`--format must be terraform or cloudformation${format ? ` (got "${format}")` : ''}. Usage: ${USAGE}`);
    const out = parsed.values.out;
    if (!out) throw new UsageError(`--out PATH is required. Usage: ${USAGE}`);
    const design = loadDesignFile(file);
    const isDir = existsSync(out) && statSync(out).isDirectory();
    // A template file is written in the format its extension names (.json → JSON, .yaml/.yml → YAML); a folder gets YAML.
    const ext = isDir ? '' : extname(out).toLowerCase();
    const files = format === 'terraform' ? exportTerraform(design) : exportCloudFormation(design, { format: ext === '.json' ? 'json' : 'yaml' });
    const names = Object.keys(files);
    if (format === 'cloudformation' && names.length > 1 && TEMPLATE_EXTS.has(ext)) {
      throw new UsageError(`--out ${out} names one template file, but the design spans ${names.length} regions and exports one template per region (${names.join(', ')}); give a directory`);
    }
    // One CloudFormation template goes to a file path; a Terraform folder or several templates to a directory.
    const single = format === 'cloudformation' && names.length === 1 && !isDir && extname(out) !== '';
    if (single) {
      writeAtomic(out, files[names[0]!]!);
      io.stdout(`Wrote ${out}\n`);
      return 0;
    }
    if (existsSync(out) && !isDir) throw new UsageError(`--out ${out} is a file; ${format === 'terraform' ? 'a Terraform export' : 'a multi-region CloudFormation export'} needs a directory`);
    for (const name of names) writeAtomic(join(out, name), files[name]!);
    const stale = format === 'terraform' ? readdirSync(out).filter((f) => f.endsWith('.tf') && !(f in files)) : [];
    io.stdout(`Wrote ${names.length} file${names.length === 1 ? '' : 's'} to ${out}: ${names.join(', ')}\n`);
    if (stale.length) io.stderr(`Note: ${out} also holds ${stale.join(', ')} from elsewhere; Terraform reads every .tf file of the folder.\n`);
    return 0;
  },
};

export default command;
