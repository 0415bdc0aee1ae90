/** `ha-architect watch`: stream a provisioned design's health changes until Ctrl-C. */
import { parseArgs } from 'node:util';
import { HealthMonitor, type HealthChange } from '../../health';
import { UsageError, type CliCommand, type CliIo } from '../command';
import type { ProvisionArgs } from '../provision-args';
import { loadDesignFile } from '../design-file';
import { resolveTarget } from '../provision-target';

const USAGE = 'ha-architect watch <design.json> [--target sandbox|aws] [--profile P] [--region R] [--endpoint URL] [--json]';

function parse(argv: readonly string[]): ProvisionArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { target: { type: 'string' }, profile: { type: 'string' }, region: { type: 'string' }, endpoint: { type: 'string' }, json: { type: 'boolean' } },
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
    let ok = false;
    try { ok = /^https?:$/.test(new URL(values.endpoint).protocol); } catch { ok = false; }
    if (!ok) throw new UsageError(`--endpoint: expected an http(s) URL such as http://127.0.0.1:4566, got "${values.endpoint}"`);
  }
  return {
    designPath: positionals[0]!, target, parallelism: 10, yes: false, json: values.json === true,
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
    ...(values.endpoint !== undefined ? { endpoint: values.endpoint } : {}),
  };
}

/** One change as a JSON line: node, state, reason, time (+ since, previous, last known, name). */
export function changeJson(c: HealthChange, name: string | undefined): string {
  return JSON.stringify({
    node: c.nodeId, state: c.state, reason: c.reason, time: c.at, since: c.since,
    ...(c.previous ? { previous: c.previous } : {}), ...(c.lastKnown ? { lastKnown: c.lastKnown } : {}), ...(name ? { name } : {}),
  }) + '\n';
}

/** One change as a readable line: `09:00:03  web-1  ok → down  system status check failed in us-east-1a`. */
export function changeText(c: HealthChange, name: string | undefined): string {
  const who = name && name !== c.nodeId ? `${name} (${c.nodeId})` : c.nodeId;
  const move = c.previous ? `${c.previous} → ${c.state}` : c.state;
  return `${c.at.slice(11, 19)}  ${who}  ${move}  ${c.reason}\n`;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv);
  const design = loadDesignFile(args.designPath);
  const resolved = await resolveTarget(args);
  if (resolved.note) io.stderr(`${resolved.note}\n`);
  const names = new Map(design.nodes.map((n) => [n.id, n.name]));
  const monitor = new HealthMonitor({ design, target: resolved.target });
  const print = (cs: readonly HealthChange[]) => {
    for (const c of cs) io.stdout(args.json ? changeJson(c, names.get(c.nodeId)) : changeText(c, names.get(c.nodeId)));
  };
  monitor.on('changes', print);
  monitor.on('problem', (e) => io.stderr(`ha-architect watch: ${e.message}\n`));
  try {
    if (!args.json) io.stderr(`Watching "${design.name}" (${design.id}); Ctrl-C to stop.\n`);
    await monitor.start();
    if (!io.signal) return 0;
    if (!io.signal.aborted) await new Promise<void>((resolve) => io.signal!.addEventListener('abort', () => resolve(), { once: true }));
    return 0;
  } finally {
    await monitor.stop();
    await resolved.close();
  }
}

const command: CliCommand = {
  name: 'watch',
  summary: "Stream a provisioned design's health changes (one JSON object per line with --json) until Ctrl-C",
  usage: USAGE,
  run,
};

export default command;
