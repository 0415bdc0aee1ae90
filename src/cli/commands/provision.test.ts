import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../cloud-sim';
import { serializeDesign } from '../../model';
import { design } from '../../testing/builders';
import { ecommerceHa } from '../../testing/templates/ecommerce';
import { patchEdge } from '../../testing/validate-fixtures';
import type { CliIo } from '../command';
import { runCli } from '../main';

let sb: Sandbox;
let dir: string;
let file: string;
const prevHome = process.env.HA_ARCHITECT_HOME;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  dir = mkdtempSync(join(tmpdir(), 'ha-cli-prov-'));
  process.env.HA_ARCHITECT_HOME = join(dir, 'home');
  file = join(dir, 'net.ha.json');
  writeFileSync(file, serializeDesign(design('cli-net').region('r', 'us-east-1', (r) => r.vpc('vpc', '10.3.0.0/16', (v) => v
    .az('a', 'us-east-1a', (a) => a.subnet('s', '10.3.0.0/24')).igw('igw'))).dns('dns', { domain: 'x.example.com' }).build()));
});
afterAll(async () => {
  if (prevHome === undefined) delete process.env.HA_ARCHITECT_HOME;
  else process.env.HA_ARCHITECT_HOME = prevHome;
  await sb.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(confirm?: boolean): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...(confirm === undefined ? {} : { confirm: async () => confirm }) };
}

const target = () => ['--target', 'sandbox', '--endpoint', sb.endpoint];

describe('plan / apply / destroy commands', () => {
  it('rejects bad usage with exit 2 and a clear message', async () => {
    for (const [argv, msg] of [
      [['plan'], /missing the design file/],
      [['plan', file, '--parallelism', '0'], /--parallelism: expected a whole number from 1 to 100/],
      [['plan', file, '--target', 'gcp'], /--target: expected "sandbox" or "aws"/],
      [['plan', file, '--profile', 'p'], /--profile needs --target aws/],
      [['plan', file, '--frobnicate'], /Unknown option '--frobnicate'/],
      [['plan', join(dir, 'missing.json')], /cannot read .*missing\.json/],
    ] as const) {
      const o = io();
      expect(await runCli(argv, o)).toBe(2);
      expect(o.err.join('')).toMatch(msg);
    }
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion":1,"id":"x","name":"x","nodes":[{"id":"v","kind":"vpc"}],"edges":[]}');
    const o = io();
    expect(await runCli(['plan', join(dir, 'bad.json'), ...target()], o)).toBe(2);
    expect(o.err.join('')).toMatch(/bad\.json: \$\.nodes\[0\]/);
  });

  it('refuses a design the cloud would refuse (HTTPS listener without a certificate) with exit 2 before asking or sending anything', async () => {
    const https = join(dir, 'https.ha.json');
    writeFileSync(https, serializeDesign(patchEdge(ecommerceHa(), 'alb', 'tg-app', { listener: { protocol: 'HTTPS', port: 443 } })));
    for (const mode of ['plan', 'apply'] as const) {
      const o = io(true);
      expect(await runCli([mode, https, ...target(), '--yes'].filter((a) => mode === 'apply' || a !== '--yes'), o)).toBe(2);
      expect(o.err.join('')).toMatch(/cannot be applied \(nothing was changed\): edge e2-alb-tg-app: the HTTPS:443 listener .* has no certificate/);
    }
  });

  it('plans with the identity first and the terraform-style summary', async () => {
    const o = io();
    expect(await runCli(['plan', file, ...target()], o)).toBe(0);
    const text = o.out.join('');
    expect(text.indexOf('Account:  123456789012')).toBeLessThan(text.indexOf('Plan:'));
    expect(text).toContain('  + vpc "vpc" (vpc) [us-east-1]');
    expect(text).toContain('Plan: 3 to add, 0 to change, 0 to replace, 0 to destroy. 1 not provisioned');
  });

  it('refuses to apply without --yes when there is no terminal, applies with --yes --json', async () => {
    const refused = io();
    expect(await runCli(['apply', file, ...target()], refused)).toBe(2);
    expect(refused.err.join('')).toMatch(/pass --yes/);
    const o = io();
    expect(await runCli(['apply', file, ...target(), '--yes', '--json', '--parallelism', '2'], o)).toBe(0);
    const lines = o.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { type: string; state?: string; status?: string; action?: string });
    expect(lines.findIndex((l) => l.type === 'identity')).toBeLessThan(lines.findIndex((l) => l.type === 'plan-step'));
    expect(lines.findIndex((l) => l.type === 'identity')).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => l.type === 'plan-step').map((l) => l.action)).toEqual(['create', 'create', 'create', 'unsupported']);
    expect(lines.filter((l) => l.type === 'step' && l.state === 'done')).toHaveLength(3);
    expect(lines[lines.length - 1]).toMatchObject({ type: 'summary', status: 'ok', done: 3, failed: 0 });
    expect(o.out.join('')).not.toContain(sb.credentials.secretAccessKey);
  });

  it('asks before destroying; "no" changes nothing (exit 1), "yes" destroys', async () => {
    const no = io(false);
    expect(await runCli(['destroy', file, ...target()], no)).toBe(1);
    expect(no.out.join('')).toContain('Plan: 0 to add, 0 to change, 0 to replace, 3 to destroy.');
    const yes = io(true);
    expect(await runCli(['destroy', file, ...target()], yes)).toBe(0);
    expect(yes.out.join('')).toContain('Destroy complete: 3 done, 0 failed');
    const again = io();
    expect(await runCli(['destroy', file, ...target()], again)).toBe(0);
    expect(again.err.join('')).toContain('Nothing to destroy.');
  });
});
