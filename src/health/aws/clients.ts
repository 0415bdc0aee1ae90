/**
 * SDK clients for the monitor, one set per region. A stop-gap until
 * src/provision exposes its client factory (the one place clients should be
 * built); the target shape mirrors the provisioner's target flags.
 */
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { RDSClient } from '@aws-sdk/client-rds';
import { SNSClient } from '@aws-sdk/client-sns';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';

/** Where the design is deployed: the Sandbox (by endpoint), AWS (profile / default chain), or any AWS-compatible endpoint. */
export type HealthTarget =
  | { readonly kind: 'sandbox'; readonly endpoint: string }
  | { readonly kind: 'aws'; readonly profile?: string; readonly endpoint?: string };

/** The clients of one region. */
export interface RegionClients {
  readonly ec2: EC2Client;
  readonly elb: ElasticLoadBalancingV2Client;
  readonly rds: RDSClient;
  readonly asg: AutoScalingClient;
  readonly cw: CloudWatchClient;
  readonly sns: SNSClient;
}

/** Gives (cached) clients per region and closes them all. */
export interface ClientPool {
  forRegion(region: string): RegionClients;
  destroy(): void;
}

/** The Sandbox publishes its (fixed, documented, not secret) key pair at /_sandbox/info. */
async function sandboxCredentials(endpoint: string): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const res = await fetch(new URL('/_sandbox/info', endpoint));
  if (!res.ok) throw new Error(`Sandbox at ${endpoint} did not answer /_sandbox/info (HTTP ${res.status})`);
  const info = (await res.json()) as { credentials?: { accessKeyId: string; secretAccessKey: string } };
  if (!info.credentials) throw new Error(`Sandbox at ${endpoint}: /_sandbox/info has no credentials`);
  return info.credentials;
}

/** Builds the client pool of a target. Calls time out fast and retry little: a slow answer becomes *stale*, and the next cycle retries anyway. */
export async function createClientPool(target: HealthTarget): Promise<ClientPool> {
  const sandbox = target.kind === 'sandbox';
  const credentials = sandbox ? await sandboxCredentials(target.endpoint) : fromNodeProviderChain(target.profile ? { profile: target.profile } : {});
  const endpoint = sandbox ? target.endpoint : target.endpoint;
  const cache = new Map<string, RegionClients>();
  const config = (region: string) => ({
    region, credentials, maxAttempts: sandbox ? 1 : 2,
    requestHandler: { connectionTimeout: sandbox ? 1000 : 3000, requestTimeout: sandbox ? 3000 : 8000 },
    ...(endpoint ? { endpoint } : {}),
  });
  return {
    forRegion(region) {
      let c = cache.get(region);
      if (!c) {
        const cfg = config(region);
        c = {
          ec2: new EC2Client(cfg), elb: new ElasticLoadBalancingV2Client(cfg), rds: new RDSClient(cfg),
          asg: new AutoScalingClient(cfg), cw: new CloudWatchClient(cfg), sns: new SNSClient(cfg),
        };
        cache.set(region, c);
      }
      return c;
    },
    destroy() {
      for (const c of cache.values()) for (const client of Object.values(c)) (client as { destroy(): void }).destroy();
      cache.clear();
    },
  };
}

const THROTTLE = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'RequestThrottled', 'RequestThrottledException', 'SlowDown', 'PriorRequestNotComplete']);

/** True when an SDK error says "slow down" (so the monitor backs off rather than polling harder). */
export function isThrottle(err: unknown): boolean {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return THROTTLE.has(e?.name ?? '') || THROTTLE.has(e?.Code ?? '') || e?.$metadata?.httpStatusCode === 429;
}

/** A short, secret-free description of an SDK error: "Throttling: Rate exceeded (DescribeInstanceStatus)". */
export function describeError(err: unknown, call: string): string {
  const e = err as { name?: string; message?: string };
  const msg = (e?.message ?? String(err)).split('\n')[0]!.slice(0, 160);
  return `${e?.name && e.name !== 'Error' ? `${e.name}: ` : ''}${msg} (${call})`;
}
