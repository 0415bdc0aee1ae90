import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteInternetGatewayCommand, DescribeInstancesCommand, DescribeVpcsCommand, DetachInternetGatewayCommand, ModifyVpcAttributeCommand } from '@aws-sdk/client-ec2';
import type { Design } from '../model';
import { design } from '../testing/builders';
import { isEmptyPlan } from './plan';
import { planText } from './plan-text';
import { startTestTarget, type TestTarget } from './sandbox.test-util';
import { applyDesign, destroyDesign, planDesign, planDestroy } from './session';

function network(cidr = '10.1.1.0/24'): Design {
  return design('net-rt')
    .region('r', 'us-east-1', (r) => r.vpc('vpc', '10.1.0.0/16', (v) => v
      .az('a', 'us-east-1a', (a) => a
        .subnet('pub-a', '10.1.0.0/24', { public: true }, (s) => s.nat('nat'))
        .subnet('app-a', cidr, {}, (s) => s.instance('web-1', { instanceType: 't3.micro', securityGroupIds: ['sg-web'] })))
      .igw('igw')
      .routeTable('rt-pub', { routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'igw' }], subnetIds: ['pub-a'] })
      .routeTable('rt-app', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat' }], subnetIds: ['app-a'] })
      .securityGroup('sg-lb', { description: 'lb', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })
      .securityGroup('sg-web', { description: 'web', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 8080, toPort: 8080, sourceGroupId: 'sg-lb' }] })))
    .build();
}

let t: TestTarget;
beforeAll(async () => { t = await startTestTarget(); });
afterAll(async () => { await t?.close(); });

describe('EC2 network round trip on the Sandbox', () => {
  it('applies, then plans no changes, replaces on a CIDR change, shows drift, destroys to zero', async () => {
    const d = network();
    const first = await applyDesign(d, t.options);
    expect(first.result.failures).toEqual([]);
    expect(first.result.status).toBe('ok');
    expect(first.plan.summary.add).toBe(10);
    const again = await planDesign(d, t.options);
    expect(planText(again.plan)).toContain('No changes.');
    expect(isEmptyPlan(again.plan)).toBe(true);

    const ec2 = t.factory('us-east-1').ec2;
    const vpcId = again.actual.find((a) => a.nodeId === 'vpc')!.id;
    const igwId = again.actual.find((a) => a.nodeId === 'igw')!.id;
    await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
    await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: igwId, VpcId: vpcId }));
    await ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: igwId }));
    const drift = await planDesign(d, t.options);
    expect(drift.plan.steps.find((s) => s.nodeId === 'igw')).toMatchObject({ action: 'create', drift: 'deleted' });
    expect(drift.plan.steps.find((s) => s.nodeId === 'vpc')).toMatchObject({ action: 'update', drift: 'changed' });
    expect(drift.plan.steps.find((s) => s.nodeId === 'rt-pub')!.action).toBe('update');
    const healed = await applyDesign(d, t.options);
    expect(healed.result.failures).toEqual([]);
    expect(isEmptyPlan((await planDesign(d, t.options)).plan)).toBe(true);

    const moved = network('10.1.2.0/24');
    const rep = await planDesign(moved, t.options);
    expect(rep.plan.steps.find((s) => s.nodeId === 'app-a')).toMatchObject({ action: 'replace' });
    expect(rep.plan.steps.find((s) => s.nodeId === 'web-1')).toMatchObject({ action: 'replace' });
    const replaced = await applyDesign(moved, t.options, rep);
    expect(replaced.result.failures).toEqual([]);
    expect(isEmptyPlan((await planDesign(moved, t.options)).plan)).toBe(true);

    const gone = await destroyDesign(moved, t.options);
    expect(gone.result.failures).toEqual([]);
    expect((await planDestroy(moved, t.options)).actual).toEqual([]);
    const vpcs = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:ha-architect:design', Values: ['net-rt'] }] }));
    expect(vpcs.Vpcs ?? []).toEqual([]);
    const live = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:ha-architect:design', Values: ['net-rt'] }, { Name: 'instance-state-name', Values: ['pending', 'running'] }] }));
    expect((live.Reservations ?? []).flatMap((r) => r.Instances ?? [])).toEqual([]);
    // Idempotent: a second destroy has nothing to do.
    expect((await destroyDesign(moved, t.options)).plan.steps).toEqual([]);
  });
});
