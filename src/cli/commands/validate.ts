/** `ha-architect validate`: check a design for single points of failure and HA anti-patterns; text, JSON or SARIF; CI exit codes. */
import { relative, resolve, sep } from 'node:path';
import { parseFailureDomain, simulateFailure, toSarif, validateDesign, type Severity, type WhatIfResult } from '../../validate';
import { formatText, formatWhatIf } from '../../validate/format-text';
import { UsageError, type CliCommand } from '../command';
import { readDesignFile } from '../design-file';
import { version } from '../main';

const USAGE = 'ha-architect validate <design.ha.json> [--format text|json|sarif] [--fail-on error|warning] [--fail <node-id|az|region>]';

interface Args { file: string; format: 'text' | 'json' | 'sarif'; failOn: Severity; fail?: string }

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let format: Args['format'] = 'text';
  let failOn: Severity = 'error';
  let fail: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      const v = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value. Usage: ${USAGE}`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got "${v}")`);
      format = v;
    } else if (flag === '--fail-on') {
      const v = value();
      if (v !== 'error' && v !== 'warning') throw new UsageError(`--fail-on must be error or warning (got "${v}")`);
      failOn = v;
    } else if (flag === '--fail') fail = value();
    else if (a.startsWith('-')) throw new UsageError(`unknown option "${a}". Usage: ${USAGE}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`one design file only (got "${file}" and "${a}")`);
  }
  if (file === undefined) throw new UsageError(`no design file given. Usage: ${USAGE}`);
  return { file, format, failOn, fail };
}

const command: CliCommand = {
  name: 'validate',
  summary: 'Check a design for single points of failure and HA anti-patterns (text, JSON or SARIF)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    const { text, design } = readDesignFile(args.file);
    let whatIf: WhatIfResult | undefined;
    if (args.fail !== undefined) {
      try {
        whatIf = simulateFailure(design, parseFailureDomain(design, args.fail));
      } catch (err) {
        throw new UsageError(`--fail: ${(err as Error).message}`);
      }
    }
    const result = validateDesign(design);
    if (args.format === 'json') {
      const findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, resources: [...f.resources], message: f.message, fix: f.fix, ...(f.references ? { references: [...f.references] } : {}) }));
      io.stdout(JSON.stringify({ findings, estimates: result.estimates, ...(whatIf ? { whatIf } : {}) }, null, 2) + '\n');
    } else if (args.format === 'sarif') {
      const uri = relative(process.cwd(), resolve(args.file)).split(sep).join('/');
      io.stdout(JSON.stringify(toSarif(result, { uri, text, toolVersion: version() }), null, 2) + '\n');
    } else {
      io.stdout(formatText(result, `${design.name} (${args.file})`) + (whatIf ? formatWhatIf(whatIf) : ''));
    }
    const threshold = args.failOn === 'warning' ? ['error', 'warning'] : ['error'];
    const failing = result.findings.some((f) => threshold.includes(f.severity));
    const whatIfDown = whatIf?.entryPoints.some((e) => !e.up) ?? false;
    return failing || whatIfDown ? 1 : 0;
  },
};

export default command;
