/** Flags shared by `plan`, `apply` and `destroy`: exactly --target, --profile, --region, --endpoint, --parallelism, --yes, --json. */
import { parseArgs } from 'node:util';
import { UsageError } from './command';

/** Parsed arguments of a provisioning command. */
export interface ProvisionArgs {
  readonly designPath: string;
  readonly target: 'sandbox' | 'aws';
  readonly profile?: string;
  readonly region?: string;
  readonly endpoint?: string;
  readonly parallelism: number;
  readonly yes: boolean;
  readonly json: boolean;
}

/** The usage line of a provisioning command. */
export function provisionUsage(name: string): string {
  return `ha-architect ${name} <design.json> [--target sandbox|aws] [--profile P] [--region R] [--endpoint URL] [--parallelism N]${name === 'plan' ? '' : ' [--yes]'} [--json]`;
}

/** Parses and checks the arguments; bad input is a UsageError naming the flag. */
export function parseProvisionArgs(argv: readonly string[]): ProvisionArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        target: { type: 'string' }, profile: { type: 'string' }, region: { type: 'string' }, endpoint: { type: 'string' },
        parallelism: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one design file, got ${positionals.length}: ${positionals.join(' ')}` : 'missing the design file (a .ha.json)');
  const target = values.target ?? 'sandbox';
  if (target !== 'sandbox' && target !== 'aws') throw new UsageError(`--target: expected "sandbox" or "aws", got "${target}"`);
  if (values.profile !== undefined && target !== 'aws') throw new UsageError('--profile needs --target aws');
  if (values.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(values.region)) throw new UsageError(`--region: expected a region code such as us-east-1, got "${values.region}"`);
  if (values.endpoint !== undefined) {
    let url: URL;
    try { url = new URL(values.endpoint); } catch { throw new UsageError(`--endpoint: expected a URL such as http://127.0.0.1:4566, got "${values.endpoint}"`); }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--endpoint: expected an http(s) URL, got "${values.endpoint}"`);
  }
  const parallelism = values.parallelism === undefined ? 10 : Number(values.parallelism);
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 100) throw new UsageError(`--parallelism: expected a whole number from 1 to 100, got "${values.parallelism}"`);
  return {
    designPath: positionals[0]!, target, parallelism, yes: values.yes === true, json: values.json === true,
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
    ...(values.endpoint !== undefined ? { endpoint: values.endpoint } : {}),
  };
}
