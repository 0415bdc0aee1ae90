/**
 * Resolving the CLI's target: a Sandbox (a running `ha-architect sandbox` at
 * --endpoint or the default port, else an embedded one whose state file lives
 * in HA_ARCHITECT_HOME or ~/.ha-architect so successive runs see the same
 * cloud), AWS through the SDK's default credential chain, or a custom endpoint.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SANDBOX_PORT, sandboxControl, startSandbox, type Sandbox } from '../cloud-sim';
import type { Target } from '../provision/types';
import type { ProvisionArgs } from './provision-args';

/** The CLI's own folder: journals and the embedded Sandbox's state. */
export function cliHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.HA_ARCHITECT_HOME ? resolve(env.HA_ARCHITECT_HOME) : join(homedir(), '.ha-architect');
}

/** A resolved target; `close` stops an embedded Sandbox (flushing its state file). */
export interface ResolvedTarget {
  readonly target: Target;
  readonly note?: string;
  close(): Promise<void>;
}

/** Resolves the target of the flags. */
export async function resolveTarget(args: ProvisionArgs, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedTarget> {
  if (args.target === 'aws') {
    const target: Target = args.endpoint
      ? { kind: 'endpoint', endpoint: args.endpoint, ...(args.profile ? { profile: args.profile } : {}), ...(args.region ? { region: args.region } : {}) }
      : { kind: 'aws', ...(args.profile ? { profile: args.profile } : {}), ...(args.region ? { region: args.region } : {}) };
    return { target, close: async () => {} };
  }
  const endpoint = args.endpoint ?? env.HA_SANDBOX_ENDPOINT ?? `http://127.0.0.1:${DEFAULT_SANDBOX_PORT}`;
  try {
    const info = await sandboxControl(endpoint).info();
    return { target: { kind: 'sandbox', endpoint, credentials: info.credentials }, note: `using the running Sandbox at ${endpoint}`, close: async () => {} };
  } catch (err) {
    if (args.endpoint) throw err;
  }
  const stateFile = join(cliHome(env), 'sandbox-state.json');
  const sb: Sandbox = await startSandbox({ port: 0, stateFile, timeScale: Number(env.HA_SANDBOX_TIME_SCALE ?? 1) || 1 });
  return {
    target: { kind: 'sandbox', endpoint: sb.endpoint, credentials: sb.credentials },
    note: `started an embedded Sandbox (state: ${stateFile})`,
    close: () => sb.close(),
  };
}
