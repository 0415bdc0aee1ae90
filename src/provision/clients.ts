/**
 * The only place AWS SDK clients are built: one set per region for a target
 * (the Sandbox, AWS through the default credential chain, or a custom
 * endpoint), with adaptive retries for throttling and a per-call counter.
 */
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { RDSClient } from '@aws-sdk/client-rds';
import { SNSClient } from '@aws-sdk/client-sns';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { BackoffRetryStrategy } from './retry';
import type { Identity, Target } from './types';

/** The service clients of one region. `once` clients never retry: creates without a ClientToken retry by hand after a tag lookup. */
export interface Clients {
  readonly region: string;
  readonly ec2: EC2Client;
  readonly ec2Once: EC2Client;
  readonly elbv2: ElasticLoadBalancingV2Client;
  readonly autoscaling: AutoScalingClient;
  readonly rds: RDSClient;
  readonly cloudwatch: CloudWatchClient;
  readonly sns: SNSClient;
  readonly sts: STSClient;
}

/** One API call attempt, as counted. */
export interface CallRecord {
  readonly service: string;
  readonly action: string;
  readonly region: string;
}

/** Options of the client factory. */
export interface ClientOptions {
  /** SDK attempts per call for throttling / transient errors (default 10, adaptive mode). */
  readonly maxAttempts?: number;
  /** Called for every HTTP attempt (benchmarks count them). */
  readonly onCall?: (call: CallRecord) => void;
}

/** Builds (and caches per region) the clients of a target. */
export interface ClientFactory {
  (region: string): Clients;
  readonly target: Target;
  /** The region used for identity and as the default. */
  readonly homeRegion: string;
  destroy(): void;
}

/** The region a target defaults to when none is given. */
export function defaultRegion(target: Target): string {
  return (target.kind === 'sandbox' ? undefined : target.region) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

/** Creates the client factory of a target. Credentials come from the Sandbox's fixed pair or the SDK default chain. */
export function clientFactory(target: Target, options: ClientOptions = {}): ClientFactory {
  const cache = new Map<string, Clients>();
  const credentials = target.kind === 'sandbox'
    ? { accessKeyId: target.credentials.accessKeyId, secretAccessKey: target.credentials.secretAccessKey }
    : fromNodeProviderChain(target.profile ? { profile: target.profile } : {});
  const endpoint = target.kind === 'aws' ? undefined : target.endpoint;
  const build = (region: string): Clients => {
    const config = (attempts: number) => ({
      region, credentials, ...(endpoint ? { endpoint } : {}), maxAttempts: attempts,
      ...(target.kind === 'sandbox' ? { retryStrategy: new BackoffRetryStrategy(attempts, 25, 1_000) } : { retryMode: 'adaptive' as const }),
    });
    const attempts = options.maxAttempts ?? 10;
    const count = <C extends { middlewareStack: { add: (...a: never[]) => void } }>(client: C, service: string): C => {
      if (options.onCall) {
        const onCall = options.onCall;
        // Deserialize runs once per HTTP attempt (inside the retry loop).
        (client.middlewareStack as unknown as { add: (m: unknown, o: unknown) => void }).add(
          (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
            onCall({ service, action: (context.commandName ?? '').replace(/Command$/, ''), region });
            return next(args);
          },
          { step: 'deserialize', name: 'haArchitectCallCounter' },
        );
      }
      return client;
    };
    return {
      region,
      ec2: count(new EC2Client(config(attempts)), 'ec2'),
      ec2Once: count(new EC2Client(config(1)), 'ec2'),
      elbv2: count(new ElasticLoadBalancingV2Client(config(attempts)), 'elbv2'),
      autoscaling: count(new AutoScalingClient(config(attempts)), 'autoscaling'),
      rds: count(new RDSClient(config(attempts)), 'rds'),
      cloudwatch: count(new CloudWatchClient(config(attempts)), 'cloudwatch'),
      sns: count(new SNSClient(config(attempts)), 'sns'),
      sts: count(new STSClient(config(attempts)), 'sts'),
    };
  };
  const factory = ((region: string) => {
    let c = cache.get(region);
    if (!c) cache.set(region, (c = build(region)));
    return c;
  }) as ClientFactory;
  Object.assign(factory, {
    target,
    homeRegion: defaultRegion(target),
    destroy: () => {
      for (const c of cache.values()) for (const client of [c.ec2, c.ec2Once, c.elbv2, c.autoscaling, c.rds, c.cloudwatch, c.sns, c.sts]) client.destroy();
      cache.clear();
    },
  });
  return factory;
}

/** A one-line description of a target, never with credentials. */
export function describeTarget(target: Target): string {
  if (target.kind === 'sandbox') return `Sandbox at ${target.endpoint}`;
  if (target.kind === 'endpoint') return `custom endpoint ${target.endpoint}${target.profile ? ` (profile ${target.profile})` : ''}`;
  return `AWS${target.profile ? ` profile ${target.profile}` : ' (default credentials)'}`;
}

/** Who the target says we are: STS GetCallerIdentity in the home region. */
export async function callerIdentity(factory: ClientFactory): Promise<Identity> {
  const region = factory.homeRegion;
  const out = await factory(region).sts.send(new GetCallerIdentityCommand({}));
  const t = factory.target;
  return {
    target: describeTarget(t), account: out.Account ?? '', arn: out.Arn ?? '', userId: out.UserId ?? '', region,
    ...(t.kind !== 'aws' ? { endpoint: t.endpoint } : {}),
  };
}
