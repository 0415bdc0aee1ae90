import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EC2Client, CreateVpcCommand, DescribeVpcsCommand, CreateSubnetCommand, DescribeSubnetsCommand } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';

const dirs: string[] = [];
const open: Sandbox[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
  dirs.push(d);
  return join(d, 'state.json');
}
async function start(stateFile: string): Promise<Sandbox> {
  const sb = await startSandbox({ port: 0, timeScale: 0.01, stateFile, saveDebounceMs: 10 });
  open.push(sb);
  return sb;
}

describe('Sandbox state file', () => {
  it('survives a restart: resources, tags and faults come back', async () => {
    const file = tmp();
    const a = await start(file);
    const ec2 = new EC2Client(sdkConfig(a));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'kept' }] }] }))).Vpc!.VpcId!;
    await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.1.0/24' }));
    await control(a.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1b' });
    await a.close();
    open.splice(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number };
    expect([doc.format, doc.version]).toEqual(['ha-architect-sandbox-state', 1]);
    const b = await start(file);
    const ec2b = new EC2Client(sdkConfig(b));
    const d = await ec2b.send(new DescribeVpcsCommand({ VpcIds: [vpc] }));
    expect(d.Vpcs?.[0]?.Tags).toEqual([{ Key: 'Name', Value: 'kept' }]);
    expect(d.Vpcs?.[0]?.State).toBe('available');
    expect((await ec2b.send(new DescribeSubnetsCommand({}))).Subnets?.length).toBe(1);
    expect(b.world.isAzDown('us-east-1', 'us-east-1b')).toBe(true);
  });

  it('writes atomically after changes (debounced) and reset empties the file', async () => {
    const file = tmp();
    const sb = await start(file);
    await new EC2Client(sdkConfig(sb)).send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    await new Promise((r) => setTimeout(r, 80));
    expect(readFileSync(file, 'utf8')).toContain('10.0.0.0/16');
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
    await control(sb.endpoint, 'POST', '/_sandbox/reset', {});
    await new Promise((r) => setTimeout(r, 80));
    expect(readFileSync(file, 'utf8')).not.toContain('10.0.0.0/16');
  });

  it('refuses a corrupt state file with an error naming the file', async () => {
    const file = tmp();
    writeFileSync(file, '{"format":"something-else"}');
    await expect(startSandbox({ port: 0, stateFile: file })).rejects.toThrow(file);
    writeFileSync(file, 'not json');
    await expect(startSandbox({ port: 0, stateFile: file })).rejects.toThrow(/not valid JSON/);
  });
});
