/** The shape of one CLI command: each lives in its own file under src/cli/commands/. */

/** Where a command writes: injected so tests capture output without a terminal. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Asks a yes/no question on the terminal; absent when there is no interactive input. */
  readonly confirm?: (question: string) => Promise<boolean>;
  /** Aborted on Ctrl-C, so long-running commands (sandbox, watch, apply) can settle and exit. */
  readonly signal?: AbortSignal;
}

/** A CLI command. Exit codes: 0 success, 1 the command ran and found a failure, 2 usage or input error. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** A usage or input error: printed as one clear line and exits with code 2. */
export class UsageError extends Error {}
