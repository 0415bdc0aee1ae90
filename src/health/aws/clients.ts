/**
 * The monitor's clients, built by the provisioner's client factory (the one
 * place SDK clients are made) with few attempts: a failed call turns its
 * nodes stale and the next cycle retries anyway, so SDK back-off would only
 * delay the news.
 */
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { RDSClient } from '@aws-sdk/client-rds';
import type { SNSClient } from '@aws-sdk/client-sns';
import { clientFactory, type CallRecord } from '../../provision/clients';
import type { Target } from '../../provision/types';

/** Where the design is deployed: the provisioner's target (Sandbox, AWS profile, custom endpoint). */
export type HealthTarget = Target;

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

/** Builds the client pool of a target; `onCall` sees every HTTP attempt (benchmarks count them). */
export function createClientPool(target: HealthTarget, onCall?: (call: CallRecord) => void): ClientPool {
  const factory = clientFactory(target, { maxAttempts: target.kind === 'aws' ? 2 : 1, ...(onCall ? { onCall } : {}) });
  return {
    forRegion(region) {
      const c = factory(region);
      return { ec2: c.ec2, elb: c.elbv2, rds: c.rds, asg: c.autoscaling, cw: c.cloudwatch, sns: c.sns };
    },
    destroy: () => factory.destroy(),
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
