/** `ha-architect sandbox`: run the local AWS-compatible Sandbox, inject and clear faults, reset it. */
import { parseArgs } from 'node:util';
import {
  DEFAULT_SANDBOX_PORT, sandboxControl, startSandbox, type Fault, type FaultSpec,
} from '../../cloud-sim/index';
import { UsageError, type CliCommand, type CliIo } from '../command';

const USAGE = `ha-architect sandbox [--port N] [--state FILE] [--time-scale X]
       ha-architect sandbox fault <subcommand> [args] [--endpoint URL] [--json]
       ha-architect sandbox reset [--endpoint URL]
       ha-architect sandbox state [--endpoint URL]

Fault subcommands:
  list                                   list active faults
  az-down <az> | az-restore <az>         fail / restore an availability zone (e.g. us-east-1a)
  region-down <region> | region-restore <region>
  instance-stop <i-id> | instance-crash <i-id> | instance-restore <i-id>
  db-crash <db-id> [--region R] | db-restore <db-id>
  tunnel-down <vpn-id> [1|2] | tunnel-up <vpn-id> [1|2]
  api-errors --rate 0..1 [--service S] [--action A] [--code C] [--status N] [--count N] [--region R]
  latency --ms N [--service S] [--action A] [--region R]
  clear <fault-id> | clear --all

--endpoint defaults to $HA_SANDBOX_ENDPOINT or http://127.0.0.1:${DEFAULT_SANDBOX_PORT}.`;

const OPTIONS = {
  port: { type: 'string' }, state: { type: 'string' }, 'time-scale': { type: 'string' }, endpoint: { type: 'string' },
  json: { type: 'boolean' }, all: { type: 'boolean' }, region: { type: 'string' }, service: { type: 'string' },
  action: { type: 'string' }, rate: { type: 'string' }, code: { type: 'string' }, status: { type: 'string' },
  count: { type: 'string' }, ms: { type: 'string' },
} as const;

type Flags = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

function num(flags: Flags, name: keyof typeof OPTIONS, min: number, max: number): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name}: expected a number from ${min} to ${max}, got "${String(v)}"`);
  }
  return n;
}

function str(flags: Flags, name: keyof typeof OPTIONS): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

function arg(pos: string[], i: number, what: string): string {
  const v = pos[i];
  if (!v) throw new UsageError(`missing ${what}`);
  return v;
}

function endpointOf(flags: Flags): string {
  return str(flags, 'endpoint') ?? process.env.HA_SANDBOX_ENDPOINT ?? `http://127.0.0.1:${DEFAULT_SANDBOX_PORT}`;
}

function describeFault(f: Fault): string {
  const { id, kind, createdAt, ...rest } = f;
  const detail = Object.entries(rest).map(([k, v]) => `${k}=${String(v)}`).join(' ');
  return `${id}  ${kind.padEnd(14)}  ${detail}  (since ${createdAt})`;
}

async function serve(flags: Flags, io: CliIo): Promise<number> {
  const port = num(flags, 'port', 0, 65535) ?? DEFAULT_SANDBOX_PORT;
  const timeScale = num(flags, 'time-scale', 0, 1000) ?? 1;
  const stateFile = str(flags, 'state');
  const sb = await startSandbox({ port, timeScale, stateFile });
  io.stdout([
    `Sandbox running at ${sb.endpoint}`,
    `  account      ${sb.accountId}`,
    `  regions      ${sb.regions.join(', ')}`,
    `  access key   ${sb.credentials.accessKeyId}`,
    `  secret key   ${sb.credentials.secretAccessKey}`,
    `  time scale   ${timeScale}`,
    `  state file   ${stateFile ?? '(none: state is lost on exit)'}`,
    '',
    `AWS CLI/SDK: AWS_ACCESS_KEY_ID=${sb.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${sb.credentials.secretAccessKey} --endpoint-url ${sb.endpoint}`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'));
  await new Promise<void>((resolve) => {
    if (io.signal) {
      if (io.signal.aborted) resolve();
      else io.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await sb.close();
  io.stdout('Sandbox stopped.\n');
  return 0;
}

/** Turns `fault <sub> …` into a fault to add, or undefined for subcommands that remove/list. */
function specOf(sub: string, pos: string[], flags: Flags): FaultSpec | undefined {
  switch (sub) {
    case 'az-down': return { kind: 'az-down', az: arg(pos, 0, 'availability zone (e.g. us-east-1a)') };
    case 'region-down': return { kind: 'region-down', region: arg(pos, 0, 'region (e.g. us-east-1)') };
    case 'instance-stop': return { kind: 'instance-stop', instanceId: arg(pos, 0, 'instance id') };
    case 'instance-crash': return { kind: 'instance-crash', instanceId: arg(pos, 0, 'instance id') };
    case 'db-crash': {
      const region = str(flags, 'region');
      return { kind: 'db-crash', dbInstanceIdentifier: arg(pos, 0, 'DB instance identifier'), ...(region ? { region } : {}) };
    }
    case 'tunnel-down': return { kind: 'tunnel-down', vpnConnectionId: arg(pos, 0, 'VPN connection id'), tunnel: tunnelOf(pos) };
    case 'api-errors': {
      const rate = num(flags, 'rate', 0, 1);
      if (rate === undefined) throw new UsageError('api-errors needs --rate (0..1)');
      const opt = { service: str(flags, 'service'), action: str(flags, 'action'), region: str(flags, 'region'), code: str(flags, 'code') ?? 'InternalError', status: num(flags, 'status', 400, 599), count: num(flags, 'count', 1, 1e9) };
      return { kind: 'api-errors', rate, ...Object.fromEntries(Object.entries(opt).filter(([, v]) => v !== undefined)) } as FaultSpec;
    }
    case 'latency': {
      const ms = num(flags, 'ms', 0, 60_000);
      if (ms === undefined) throw new UsageError('latency needs --ms N');
      const opt = { service: str(flags, 'service'), action: str(flags, 'action'), region: str(flags, 'region') };
      return { kind: 'latency', ms, ...Object.fromEntries(Object.entries(opt).filter(([, v]) => v !== undefined)) } as FaultSpec;
    }
    default: return undefined;
  }
}

function tunnelOf(pos: string[]): 1 | 2 {
  const t = pos[1] ?? '1';
  if (t !== '1' && t !== '2') throw new UsageError(`tunnel must be 1 or 2, got "${t}"`);
  return Number(t) as 1 | 2;
}

/** Which active faults a `*-restore`/`tunnel-up` subcommand reverts. */
function restoreMatcher(sub: string, pos: string[]): ((f: Fault) => boolean) | undefined {
  switch (sub) {
    case 'az-restore': { const az = arg(pos, 0, 'availability zone'); return (f) => f.kind === 'az-down' && f.az === az; }
    case 'region-restore': { const r = arg(pos, 0, 'region'); return (f) => f.kind === 'region-down' && f.region === r; }
    case 'instance-restore': { const id = arg(pos, 0, 'instance id'); return (f) => (f.kind === 'instance-crash' || f.kind === 'instance-stop') && f.instanceId === id; }
    case 'db-restore': { const id = arg(pos, 0, 'DB instance identifier'); return (f) => f.kind === 'db-crash' && f.dbInstanceIdentifier === id; }
    case 'tunnel-up': { const id = arg(pos, 0, 'VPN connection id'); const t = tunnelOf(pos); return (f) => f.kind === 'tunnel-down' && f.vpnConnectionId === id && f.tunnel === t; }
    default: return undefined;
  }
}

async function fault(pos: string[], flags: Flags, io: CliIo): Promise<number> {
  const [sub, ...rest] = pos;
  if (!sub) throw new UsageError('missing fault subcommand (list, az-down, az-restore, …)');
  const ctl = sandboxControl(endpointOf(flags));
  const print = (v: unknown, text: string): void => io.stdout(flags.json ? `${JSON.stringify(v, null, 2)}\n` : `${text}\n`);
  if (sub === 'list') {
    const faults = await ctl.faults();
    print(faults, faults.length ? faults.map(describeFault).join('\n') : 'No active faults.');
    return 0;
  }
  if (sub === 'clear') {
    if (flags.all) {
      const removed = await ctl.clearFaults();
      print(removed, `Cleared ${removed.length} fault(s).`);
      return 0;
    }
    const removed = await ctl.removeFault(arg(rest, 0, 'fault id (see "sandbox fault list") or --all'));
    print(removed, `Cleared ${describeFault(removed)}`);
    return 0;
  }
  const matcher = restoreMatcher(sub, rest);
  if (matcher) {
    const hits = (await ctl.faults()).filter(matcher);
    for (const f of hits) await ctl.removeFault(f.id);
    print(hits, hits.length ? hits.map((f) => `Cleared ${describeFault(f)}`).join('\n') : 'No matching fault is active.');
    return hits.length ? 0 : 1;
  }
  const spec = specOf(sub, rest, flags);
  if (!spec) throw new UsageError(`unknown fault subcommand "${sub}"`);
  const added = await ctl.addFault(spec);
  print(added, `Added ${describeFault(added)}`);
  return 0;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const flags = parsed.values as Flags;
  const [mode, ...pos] = parsed.positionals;
  try {
    if (mode === undefined) return await serve(flags, io);
    if (mode === 'fault') return await fault(pos, flags, io);
    if (mode === 'reset') {
      await sandboxControl(endpointOf(flags)).reset();
      io.stdout('Sandbox reset: all resources and faults removed.\n');
      return 0;
    }
    if (mode === 'state') {
      io.stdout(`${JSON.stringify(await sandboxControl(endpointOf(flags)).state(), null, 2)}\n`);
      return 0;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.stderr(`ha-architect sandbox: ${(e as Error).message}\n`);
    return 1;
  }
  throw new UsageError(`unknown sandbox subcommand "${mode}" (expected fault, reset or state)`);
}

/** The `sandbox` command. */
const sandbox: CliCommand = {
  name: 'sandbox',
  summary: 'Run the local AWS-compatible Sandbox; inject faults (AZ down, instance crash, API errors…); reset it',
  usage: USAGE,
  run,
};

export default sandbox;
