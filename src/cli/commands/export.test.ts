// `ha-architect export` and `import` end to end through runCli, on temp folders.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../../model';
import { everyKindDesign } from '../../iac/fixtures.test-util';
import { onlyRegion } from '../../iac/roundtrip.test-util';
import { runCli } from '../main';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ha-iac-cli-'));
  dirs.push(d);
  return d;
}

describe('ha-architect export / import', () => {
  it('exports a Terraform folder and a CloudFormation file; imports the template back into a design', async () => {
    const d = tmp();
    const design = join(d, 'shop.ha.json');
    writeFileSync(design, serializeDesign(onlyRegion(everyKindDesign(), 'us-east-1')));
    const tf = await cli('export', design, '--format', 'terraform', '--out', join(d, 'tf'));
    expect(tf.code).toBe(0);
    expect(readdirSync(join(d, 'tf'))).toEqual(expect.arrayContaining(['versions.tf', 'providers.tf', 'variables.tf', 'outputs.tf', 'network.tf']));
    const cf = await cli('export', design, '--format=cloudformation', '--out', join(d, 'stack.yaml'));
    expect(cf).toMatchObject({ code: 0, out: `Wrote ${join(d, 'stack.yaml')}\n` });
    const im = await cli('import', join(d, 'stack.yaml'), '--out', join(d, 'back.ha.json'));
    expect(im.code).toBe(0);
    expect(im.out).toMatch(/^Imported \d+ resources into \d+ nodes/);
    const back = parseDesign(readFileSync(join(d, 'back.ha.json'), 'utf8'));
    expect(back.ok && back.design.nodes.some((n) => n.id === 'alb' && n.kind === 'loadBalancer')).toBe(true);
  }, 120_000);

  it('a CloudFormation file is written in the format its extension names: .json → JSON, .yaml/.yml → YAML', async () => {
    const d = tmp();
    const design = join(d, 'shop.ha.json');
    writeFileSync(design, serializeDesign(onlyRegion(everyKindDesign(), 'us-east-1')));
    expect((await cli('export', design, '--format', 'cloudformation', '--out', join(d, 'x.json'))).code).toBe(0);
    const json = JSON.parse(readFileSync(join(d, 'x.json'), 'utf8')) as { AWSTemplateFormatVersion: string; Resources: Record<string, { Type: string }> };
    expect(json.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(Object.values(json.Resources).some((r) => r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')).toBe(true);
    for (const ext of ['yaml', 'yml', 'YAML']) {
      expect((await cli('export', design, '--format', 'cloudformation', '--out', join(d, `x.${ext}`))).code).toBe(0);
      const text = readFileSync(join(d, `x.${ext}`), 'utf8');
      expect(text).toMatch(/^AWSTemplateFormatVersion: '2010-09-09'$/m);
      expect(() => JSON.parse(text)).toThrow();
    }
    const back = await cli('import', join(d, 'x.json'), '--out', join(d, 'back.ha.json'));
    expect(back.code).toBe(0);
    const parsed = parseDesign(readFileSync(join(d, 'back.ha.json'), 'utf8'));
    expect(parsed.ok && parsed.design.nodes.some((n) => n.id === 'alb' && n.kind === 'loadBalancer')).toBe(true);
  }, 120_000);

  it('a multi-region design cannot go to one template file: usage error naming the per-region templates', async () => {
    const d = tmp();
    const design = join(d, 'mr.ha.json');
    writeFileSync(design, serializeDesign(everyKindDesign()));
    const r = await cli('export', design, '--format', 'cloudformation', '--out', join(d, 'x.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out .*x\.json names one template file, but the design spans \d+ regions .*\.template\.json.*give a directory/);
    expect(readdirSync(d)).toEqual(['mr.ha.json']);
  });

  it('bad input: usage errors (exit 2) with file:line:column, and the existing --out file is left untouched', async () => {
    const d = tmp();
    const out = join(d, 'design.ha.json');
    writeFileSync(out, 'precious');
    writeFileSync(join(d, 'broken.yaml'), 'Resources:\n  Vpc: [\n');
    const r = await cli('import', join(d, 'broken.yaml'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.yaml:\d+:\d+: not valid YAML/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect((await cli('export', out, '--format', 'pulumi', '--out', d)).err).toMatch(/--format must be terraform or cloudformation/);
    expect((await cli('export', join(d, 'missing.json'), '--format', 'terraform', '--out', d)).err).toMatch(/cannot read .*missing\.json: no such file/);
    expect((await cli('import', '--from-cloud', '--target', 'gcp', '--out', out)).err).toMatch(/--target must be sandbox or aws/);
    expect((await cli('import', '--from-cloud', '--tag', 'novalue', '--out', out)).err).toMatch(/--tag must be key=value/);
  });
});
