import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EC2Client, DescribeAvailabilityZonesCommand, DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';

let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ port: 0, timeScale: 0.01 }); });
afterAll(async () => { await sb.close(); });

describe('EC2 zones and regions', () => {
  it('lists <region>a/b/c with zone ids, impaired while an az-down fault is active', async () => {
    const ec2 = new EC2Client(sdkConfig(sb, 'eu-west-1'));
    const before = await ec2.send(new DescribeAvailabilityZonesCommand({}));
    expect(before.AvailabilityZones?.map((z) => [z.ZoneName, z.ZoneId, z.State])).toEqual([
      ['eu-west-1a', 'euw1-az1', 'available'], ['eu-west-1b', 'euw1-az2', 'available'], ['eu-west-1c', 'euw1-az3', 'available'],
    ]);
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'eu-west-1b' });
    const during = await ec2.send(new DescribeAvailabilityZonesCommand({ Filters: [{ Name: 'state', Values: ['impaired'] }] }));
    expect(during.AvailabilityZones?.map((z) => z.ZoneName)).toEqual(['eu-west-1b']);
    expect(during.AvailabilityZones?.[0]?.Messages?.[0]?.Message).toContain('failed');
    expect(sb.world.isAzDown('eu-west-1', 'eu-west-1b')).toBe(true);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as { id: string }).id}`);
    const after = await ec2.send(new DescribeAvailabilityZonesCommand({ ZoneNames: ['eu-west-1b'] }));
    expect(after.AvailabilityZones?.[0]?.State).toBe('available');
  });

  it('lists every Sandbox region, filterable by name', async () => {
    const ec2 = new EC2Client(sdkConfig(sb));
    const all = await ec2.send(new DescribeRegionsCommand({}));
    expect(all.Regions?.map((r) => r.RegionName)).toEqual(sb.regions);
    const one = await ec2.send(new DescribeRegionsCommand({ RegionNames: ['ap-southeast-2'] }));
    expect(one.Regions?.map((r) => r.RegionName)).toEqual(['ap-southeast-2']);
  });
});
