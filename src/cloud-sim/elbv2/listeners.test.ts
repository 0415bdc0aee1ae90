// HTTPS/TLS listeners and their certificates: none, unknown (another region or account, malformed) and known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ElasticLoadBalancingV2Client, CreateListenerCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, ModifyListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { EC2Client } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { createNetwork, fail } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let elb: ElasticLoadBalancingV2Client;
let lbArn: string;
let tgArn: string;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  elb = new ElasticLoadBalancingV2Client(sdkConfig(sb));
  const net = await createNetwork(new EC2Client(sdkConfig(sb)));
  lbArn = (await elb.send(new CreateLoadBalancerCommand({ Name: 'tls', Subnets: net.subnets.slice(0, 2).map((s) => s.id) }))).LoadBalancers![0]!.LoadBalancerArn!;
  tgArn = (await elb.send(new CreateTargetGroupCommand({ Name: 'tls-app', Protocol: 'HTTP', Port: 8080, VpcId: net.vpcId }))).TargetGroups![0]!.TargetGroupArn!;
});
afterAll(async () => { await sb.close(); });

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const https = (port: number, certs?: string[]) => new CreateListenerCommand({
  LoadBalancerArn: lbArn, Port: port, Protocol: 'HTTPS', DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }],
  ...(certs ? { Certificates: certs.map((CertificateArn) => ({ CertificateArn })) } : {}),
});

describe('ELBv2 listener certificates', () => {
  it('refuses HTTPS without a certificate, and with one of another region, another account or no ARN shape', async () => {
    expect((await fail(elb.send(https(443)))).name).toBe('CertificateNotFoundException');
    for (const bad of [CERT.replace('us-east-1', 'eu-west-1'), CERT.replace('123456789012', '999999999999'), 'arn:aws:acm:…']) {
      const err = await fail(elb.send(https(443, [bad])));
      expect(err.name).toBe('CertificateNotFoundException');
      expect(err.message).toContain(bad);
    }
  });

  it('creates HTTPS with an ACM certificate of its region, and keeps one on modify', async () => {
    const l = (await elb.send(https(443, [CERT]))).Listeners![0]!;
    expect(l.Certificates).toEqual([{ CertificateArn: CERT }]);
    expect((await fail(elb.send(new ModifyListenerCommand({ ListenerArn: l.ListenerArn, Certificates: [] })))).name).toBe('CertificateNotFoundException');
    const iam = 'arn:aws:iam::123456789012:server-certificate/shop';
    expect((await elb.send(new ModifyListenerCommand({ ListenerArn: l.ListenerArn, Certificates: [{ CertificateArn: iam }] }))).Listeners![0]!.Certificates).toEqual([{ CertificateArn: iam }]);
  });
});
