// Bad input: every importer answers malformed text and unexpected shapes with an ImportError naming file, line and column.
import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { importCloudFormation } from './cloudformation';
import { importTerraformState } from './terraform-state';

async function error(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('CloudFormation errors', () => {
  it('malformed YAML: line and column of the problem', async () => {
    const e = await error(importCloudFormation('Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/16\n', { file: 'stack.yaml' }));
    expect(e.file).toBe('stack.yaml');
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.column).toBeGreaterThan(0);
    expect(e.message).toMatch(/^stack\.yaml:\d+:\d+: not valid YAML/);
  });

  it('malformed JSON: line and column', async () => {
    const e = await error(importCloudFormation('{\n  "Resources": {\n    "Vpc": { "Type": "AWS::EC2::VPC", }\n  }\n}', { file: 'stack.json' }));
    expect(e).toMatchObject({ file: 'stack.json', line: 3 });
    expect(e.column).toBeGreaterThan(30);
  });

  it('unexpected shapes: no Resources, a resource without Type, Properties not a mapping', async () => {
    expect((await error(importCloudFormation('Description: nothing here\n', { file: 'a.yaml' }))).reason).toMatch(/no "Resources" section/);
    const e = await error(importCloudFormation('Resources:\n  Vpc:\n    Properties: {}\n', { file: 'b.yaml' }));
    expect(e).toMatchObject({ file: 'b.yaml', line: 3 });
    expect(e.reason).toMatch(/resource "Vpc" must be a mapping with a string "Type"/);
    expect((await error(importCloudFormation('Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: [1]\n', { file: 'c.yaml' }))).line).toBe(4);
    expect((await error(importCloudFormation('- just\n- a list\n', { file: 'd.yaml' }))).reason).toMatch(/expected a CloudFormation template/);
  });
});

describe('Terraform errors', () => {
  it('malformed JSON: line and column', async () => {
    const e = await error(importTerraformState('{"version": 4,\n "resources": [\n  {"type": }\n]}', { file: 'terraform.tfstate' }));
    expect(e).toMatchObject({ file: 'terraform.tfstate', line: 3 });
  });

  it('unexpected shapes: other state versions, neither state nor show -json, bad resources', async () => {
    expect((await error(importTerraformState('{"version": 3, "modules": []}'))).reason).toMatch(/version 3 is not supported/);
    expect((await error(importTerraformState('{"hello": "world"}'))).reason).toMatch(/not a Terraform state/);
    expect((await error(importTerraformState('{"version": 4, "resources": {}}'))).reason).toMatch(/"resources" must be a list/);
    expect((await error(importTerraformState('{"version": 4, "resources": [{"type": "aws_vpc"}]}'))).reason).toMatch(/resources\[0\] must have/);
    expect((await error(importTerraformState('[1, 2]'))).reason).toMatch(/expected a Terraform state/);
  });
});
