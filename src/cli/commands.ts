/** The command table: name → lazily loaded module, so `--help` stays fast and commands load only what they use. */
import type { CliCommand } from './command';

type Loader = () => Promise<{ default: CliCommand }>;

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: Loader }>> = {
};
