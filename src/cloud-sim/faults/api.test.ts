import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EC2Client, DescribeVpcsCommand, CreateVpcCommand } from '@aws-sdk/client-ec2';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import type { Fault, FaultChange } from './types';

let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ port: 0, timeScale: 0.01 }); });
afterAll(async () => { await sb.close(); });

type AwsErr = { name: string; $metadata: { httpStatusCode?: number } };
const fail = (p: Promise<unknown>): Promise<AwsErr> => p.then(() => { throw new Error('expected an AWS error'); }, (e: AwsErr) => e);

describe('Sandbox fault API (/_sandbox)', () => {
  it('adds, lists and removes faults, announcing each change on the world', async () => {
    const seen: FaultChange[] = [];
    sb.world.on('change', (c) => seen.push(c));
    const added = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'us-east-1c' });
    expect(added.status).toBe(201);
    const fault = added.json as Fault;
    expect(fault.id).toMatch(/^flt-[0-9a-f]{12}$/);
    const list = await control(sb.endpoint, 'GET', '/_sandbox/faults');
    expect((list.json as { faults: Fault[] }).faults.map((f) => f.id)).toEqual([fault.id]);
    expect(sb.world.isAzDown('us-east-1', 'us-east-1c')).toBe(true);
    expect(sb.world.isAzDown('us-east-1', 'us-east-1a')).toBe(false);
    expect((await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${fault.id}`)).status).toBe(200);
    expect((await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${fault.id}`)).status).toBe(404);
    expect(sb.world.isAzDown('us-east-1', 'us-east-1c')).toBe(false);
    expect(seen.map((c) => `${c.type}:${c.fault.kind}`)).toEqual(['added:az-down', 'removed:az-down']);
  });

  it('rejects bad fault requests with a message naming the field', async () => {
    const r = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'az-down', az: 'moon-1a' });
    expect(r.status).toBe(400);
    expect((r.json as { error: string }).error).toContain("'az'");
    const k = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'meteor' });
    expect((k.json as { error: string }).error).toContain("'kind'");
    const ghost = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'instance-crash', instanceId: 'i-00000000000000000' });
    expect([ghost.status, (ghost.json as { error: string }).error]).toEqual([400, expect.stringContaining("no instance 'i-00000000000000000'")]);
    const rate = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'api-errors', rate: 2 });
    expect((rate.json as { error: string }).error).toContain("'rate'");
    const plain = await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', body: '{"kind":"latency","ms":1}' });
    expect(plain.status).toBe(415);
    const browser = await fetch(`${sb.endpoint}/_sandbox/faults`, { headers: { origin: 'http://evil.example' } });
    expect(browser.status).toBe(403);
  });

  it('injects API errors per service and action (Throttling, 503) and stops after count', async () => {
    const ec2 = new EC2Client(sdkConfig(sb));
    const sts = new STSClient(sdkConfig(sb));
    await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'api-errors', service: 'ec2', action: 'DescribeVpcs', rate: 1, code: 'RequestLimitExceeded', count: 2 });
    const e1 = await fail(ec2.send(new DescribeVpcsCommand({})));
    expect(e1.name).toBe('RequestLimitExceeded');
    expect(e1.$metadata.httpStatusCode).toBe(503);
    await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    await sts.send(new GetCallerIdentityCommand({}));
    expect((await fail(ec2.send(new DescribeVpcsCommand({})))).name).toBe('RequestLimitExceeded');
    expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs?.length).toBe(1);
    expect(sb.world.list().some((f) => f.kind === 'api-errors')).toBe(false);
    const t = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'api-errors', service: 'sts', rate: 1, code: 'Throttling' });
    const e2 = await fail(sts.send(new GetCallerIdentityCommand({})));
    expect(e2.name).toBe('Throttling');
    expect(e2.$metadata.httpStatusCode).toBe(400);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(t.json as Fault).id}`);
    await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'api-errors', rate: 1, code: 'InternalError', count: 1 });
    const e3 = await fail(sts.send(new GetCallerIdentityCommand({})));
    expect([e3.name, e3.$metadata.httpStatusCode]).toEqual(['InternalError', 500]);
  });

  it('adds latency to matching calls', async () => {
    const sts = new STSClient(sdkConfig(sb));
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'latency', service: 'sts', ms: 150 });
    const t0 = Date.now();
    await sts.send(new GetCallerIdentityCommand({}));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(145);
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as Fault).id}`);
  });

  it('fails a whole region: its APIs answer 503 and its AZs are down; other regions unaffected', async () => {
    const f = await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'region-down', region: 'us-east-2' });
    const e = await fail(new EC2Client(sdkConfig(sb, 'us-east-2')).send(new DescribeVpcsCommand({})));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['ServiceUnavailable', 503]);
    expect(sb.world.isAzDown('us-east-2', 'us-east-2b')).toBe(true);
    await new EC2Client(sdkConfig(sb, 'us-west-1')).send(new DescribeVpcsCommand({}));
    await control(sb.endpoint, 'DELETE', `/_sandbox/faults/${(f.json as Fault).id}`);
    await new EC2Client(sdkConfig(sb, 'us-east-2')).send(new DescribeVpcsCommand({}));
  });

  it('summarises state, clears all faults and resets', async () => {
    await control(sb.endpoint, 'POST', '/_sandbox/faults', { kind: 'db-crash', dbInstanceIdentifier: 'orders' });
    expect(sb.world.isDbCrashed('orders')).toBe(true);
    const state = await control(sb.endpoint, 'GET', '/_sandbox/state');
    const summary = state.json as { services: { ec2: Record<string, { vpcs: number }> }; faults: number };
    expect(summary.services.ec2['us-east-1']?.vpcs).toBe(1);
    expect(summary.faults).toBe(1);
    const info = await control(sb.endpoint, 'GET', '/_sandbox/info');
    expect(info.json).toMatchObject({ endpoint: sb.endpoint, accountId: sb.accountId, credentials: sb.credentials });
    expect((await control(sb.endpoint, 'POST', '/_sandbox/reset', {})).status).toBe(200);
    expect(sb.world.list()).toEqual([]);
    const after = await new EC2Client(sdkConfig(sb)).send(new DescribeVpcsCommand({}));
    expect(after.Vpcs).toEqual([]);
    expect((await control(sb.endpoint, 'GET', '/_sandbox/nope')).status).toBe(404);
  });
});
