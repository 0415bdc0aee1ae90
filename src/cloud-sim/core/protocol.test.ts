import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EC2Client, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { signRequest } from './sigv4';

let sb: Sandbox;
type AwsErr = { name: string; $metadata: { httpStatusCode?: number } };
const fail = (p: Promise<unknown>): Promise<AwsErr> => p.then(() => { throw new Error('expected an AWS error'); }, (e: AwsErr) => e);
beforeAll(async () => { sb = await startSandbox({ port: 0, timeScale: 0.01 }); });
afterAll(async () => { await sb.close(); });

async function rawPost(service: string, body: string, creds = sb.credentials, tamper?: (h: Record<string, string>) => void): Promise<{ status: number; text: string }> {
  const url = new URL(sb.endpoint);
  const headers = signRequest({ method: 'POST', path: '/', query: '', body: Buffer.from(body), headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded' } }, creds, 'us-east-1', service);
  tamper?.(headers);
  const res = await fetch(`${sb.endpoint}/`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

describe('Sandbox protocol and SigV4', () => {
  it('answers STS GetCallerIdentity with the 12-digit account', async () => {
    const out = await new STSClient(sdkConfig(sb)).send(new GetCallerIdentityCommand({}));
    expect(out.Account).toMatch(/^\d{12}$/);
    expect(out.Account).toBe(sb.accountId);
    expect(out.Arn).toContain(sb.accountId);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects an unknown access key with InvalidClientTokenId (403)', async () => {
    const client = new EC2Client({ ...sdkConfig(sb), credentials: { accessKeyId: 'AKIAWRONGWRONGWRONG1', secretAccessKey: sb.credentials.secretAccessKey } });
    const err = await fail(client.send(new DescribeVpcsCommand({})));
    expect(err.name).toBe('InvalidClientTokenId');
    expect(err.$metadata.httpStatusCode).toBe(403);
  });

  it('rejects a wrong secret with SignatureDoesNotMatch (403)', async () => {
    const client = new STSClient({ ...sdkConfig(sb), credentials: { accessKeyId: sb.credentials.accessKeyId, secretAccessKey: 'x'.repeat(40) } });
    const err = await fail(client.send(new GetCallerIdentityCommand({})));
    expect(err.name).toBe('SignatureDoesNotMatch');
    expect(err.$metadata.httpStatusCode).toBe(403);
  });

  it('accepts a correctly hand-signed request and rejects a tampered body', async () => {
    const ok = await rawPost('sts', 'Action=GetCallerIdentity&Version=2011-06-15');
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('<GetCallerIdentityResult>');
    const url = new URL(sb.endpoint);
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const headers = signRequest({ method: 'POST', path: '/', query: '', body: Buffer.from(body), headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded' } }, sb.credentials, 'us-east-1', 'sts');
    const res = await fetch(`${sb.endpoint}/`, { method: 'POST', headers, body: `${body}&Extra=1` });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('rejects a missing Authorization header and a stale date', async () => {
    const res = await fetch(`${sb.endpoint}/`, { method: 'POST', body: 'Action=GetCallerIdentity' });
    expect(res.status).toBe(403);
    const url = new URL(sb.endpoint);
    const headers = signRequest({ method: 'POST', path: '/', query: '', body: Buffer.from('Action=GetCallerIdentity'), headers: { host: url.host } }, sb.credentials, 'us-east-1', 'sts', new Date(Date.now() - 3_600_000));
    const stale = await fetch(`${sb.endpoint}/`, { method: 'POST', headers, body: 'Action=GetCallerIdentity' });
    expect(stale.status).toBe(403);
    expect(await stale.text()).toContain('RequestExpired');
  });

  it('answers an unknown action with InvalidAction and an unknown region with an error', async () => {
    const bad = await rawPost('ec2', 'Action=FlyToTheMoon&Version=2016-11-15');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('<Code>InvalidAction</Code>');
    const err = await new EC2Client(sdkConfig(sb, 'mars-north-1')).send(new DescribeVpcsCommand({})).catch((e: unknown) => e as Error);
    expect((err as Error).message).toContain('mars-north-1');
  });

  it('rejects a payload hash header that does not match the body, and a scope date unlike X-Amz-Date', async () => {
    const url = new URL(sb.endpoint);
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const headers = signRequest({ method: 'POST', path: '/', query: '', body: Buffer.from(body), headers: { host: url.host, 'x-amz-content-sha256': 'e'.repeat(64) } }, sb.credentials, 'us-east-1', 'sts');
    const res = await fetch(`${sb.endpoint}/`, { method: 'POST', headers, body });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('XAmzContentSHA256Mismatch');
    const ok = signRequest({ method: 'POST', path: '/', query: '', body: Buffer.from(body), headers: { host: url.host } }, sb.credentials, 'us-east-1', 'sts');
    const forged = { ...ok, authorization: ok.authorization!.replace(/\/\d{8}\//, '/19990101/') };
    const res2 = await fetch(`${sb.endpoint}/`, { method: 'POST', headers: forged, body });
    expect(res2.status).toBe(403);
    expect(await res2.text()).toContain('SignatureDoesNotMatch');
  });
});
