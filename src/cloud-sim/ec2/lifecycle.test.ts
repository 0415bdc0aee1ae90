import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EC2Client, CreateVpcCommand, CreateSubnetCommand, RunInstancesCommand, DescribeInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { bootMs, TIMINGS } from './instances';

// A hand-driven clock: lifecycles are computed from timestamps on read, so a
// test can step time exactly instead of sleeping.
let now = Date.now();
let sb: Sandbox;
let ec2: EC2Client;
let subnet: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 1, now: () => now });
  ec2 = new EC2Client(sdkConfig(sb));
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
  subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.0.0/24' }))).Subnet!.SubnetId!;
});
afterAll(async () => { await sb.close(); });

const stateOf = async (id: string): Promise<string | undefined> =>
  (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]?.State?.Name;

describe('EC2 lifecycles on a controlled clock (time scale 1)', () => {
  it('keeps an instance pending until exactly its 5–10 s boot time, then running', async () => {
    const id = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0abcdef1234567890', MinCount: 1, MaxCount: 1, SubnetId: subnet }))).Instances![0]!.InstanceId!;
    const boot = bootMs(id);
    expect(boot).toBeGreaterThanOrEqual(5000);
    expect(boot).toBeLessThan(10_000);
    now += boot - 1;
    expect(await stateOf(id)).toBe('pending');
    now += 1;
    expect(await stateOf(id)).toBe('running');
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    now += TIMINGS.terminate - 1;
    expect(await stateOf(id)).toBe('shutting-down');
    now += 1;
    expect(await stateOf(id)).toBe('terminated');
  });
});
