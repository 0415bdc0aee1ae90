// Runs the right importer on text (CloudFormation YAML/JSON, Terraform state or show -json) in the renderer: the importers are pure.
import type { ImportResult } from '../../../src/iac/import/build';
import { importCloudFormation } from '../../../src/iac/import/cloudformation';
import { ImportError } from '../../../src/iac/import/errors';
import { importTerraformState } from '../../../src/iac/import/terraform-state';

/** What the import dialog shows after a run. */
export type ImportOutcome = { readonly ok: true; readonly result: ImportResult; readonly format: 'cloudformation' | 'terraform' } | { readonly ok: false; readonly error: string; readonly line?: number; readonly column?: number };

/** Terraform JSON (state, show -json, plan) or else CloudFormation, by content. */
export function detectFormat(text: string): 'cloudformation' | 'terraform' {
  const head = text.slice(0, 4000);
  return /^\s*\{/.test(head) && /"(terraform_version|format_version)"\s*:/.test(head) && !/"AWSTemplateFormatVersion"|"Resources"\s*:/.test(head) ? 'terraform' : 'cloudformation';
}

/** Imports text; bad input comes back as a message with file, line and column, never as a throw. */
export async function runImport(text: string, file: string, region?: string): Promise<ImportOutcome> {
  const format = detectFormat(text);
  try {
    const result = format === 'terraform' ? await importTerraformState(text, { file, region }) : await importCloudFormation(text, { file, region });
    return { ok: true, result, format };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, error: err.message, line: err.line, column: err.column };
    return { ok: false, error: `${file}: could not import: ${err instanceof Error ? err.message : String(err)}` };
  }
}
