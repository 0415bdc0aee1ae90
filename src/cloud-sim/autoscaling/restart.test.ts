import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import { EC2Client } from '@aws-sdk/client-ec2';
import { RDSClient, CreateDBSubnetGroupCommand, CreateDBInstanceCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { createNetwork, until } from '../../../bench/sandbox-services-fixture';

const dir = mkdtempSync(join(tmpdir(), 'svc-restart-'));
const file = join(dir, 'state.json');
let sb: Sandbox | undefined;
afterAll(async () => {
  await sb?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('service state survives a Sandbox restart', () => {
  it('an Auto Scaling group and a creating DB instance resume from the state file', async () => {
    sb = await startSandbox({ port: 0, timeScale: 0.01, stateFile: file, saveDebounceMs: 10 });
    const net = await createNetwork(new EC2Client(sdkConfig(sb)));
    await new AutoScalingClient(sdkConfig(sb)).send(new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: 'web', MinSize: 2, MaxSize: 2, VPCZoneIdentifier: net.subnets.map((s) => s.id).join(','), LaunchTemplate: { LaunchTemplateId: net.launchTemplateId },
    }));
    const rds = new RDSClient(sdkConfig(sb));
    await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'data', DBSubnetGroupDescription: 'db', SubnetIds: net.subnets.map((s) => s.id) }));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'db', Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MasterUsername: 'u', MasterUserPassword: 'password123', DBSubnetGroupName: 'data' }));
    const before = (await new AutoScalingClient(sdkConfig(sb)).send(new DescribeAutoScalingGroupsCommand({}))).AutoScalingGroups![0]!.Instances!.map((i) => i.InstanceId).sort();
    expect(before).toHaveLength(2);
    await sb.close();
    sb = await startSandbox({ port: 0, timeScale: 0.01, stateFile: file });
    const asg = new AutoScalingClient(sdkConfig(sb));
    const g = await until(async () => {
      const x = (await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['web'] }))).AutoScalingGroups![0]!;
      return x.Instances!.every((i) => i.LifecycleState === 'InService') ? x : undefined;
    });
    expect(g.Instances!.map((i) => i.InstanceId).sort()).toEqual(before);
    await until(async () => (await new RDSClient(sdkConfig(sb!)).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'db' }))).DBInstances![0]!.DBInstanceStatus === 'available');
  });
});
