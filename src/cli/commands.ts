/** The command table: name → lazily loaded module, so `--help` stays fast and commands load only what they use. */
import type { CliCommand } from './command';

type Loader = () => Promise<{ default: CliCommand }>;

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: Loader }>> = {
  plan: { summary: 'Show what apply would change (design vs cloud, with drift)', load: () => import('./commands/plan') },
  apply: { summary: 'Provision the design: create, update, replace, delete', load: () => import('./commands/apply') },
  destroy: { summary: "Delete everything carrying the design's tag", load: () => import('./commands/destroy') },
  sandbox: { summary: 'Run the local AWS-compatible Sandbox; inject faults; reset it', load: () => import('./commands/sandbox') },
  watch: { summary: "Stream a provisioned design's health changes until Ctrl-C", load: () => import('./commands/watch') },
  validate: { summary: 'Check a design for single points of failure and HA anti-patterns (text, JSON or SARIF)', load: () => import('./commands/validate') },
  export: { summary: 'Export a design as Terraform (AWS provider ~> 6.0) or CloudFormation', load: () => import('./commands/export') },
  import: { summary: 'Import CloudFormation, Terraform state / plan JSON, or a live cloud into a design', load: () => import('./commands/import') },
};
