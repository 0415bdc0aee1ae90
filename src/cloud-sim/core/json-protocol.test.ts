import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchClient, ListMetricsCommand, PutMetricDataCommand, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { ElasticLoadBalancingV2Client, DescribeLoadBalancersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { startSandbox, type Sandbox } from '../index';
import { sdkConfig } from '../testkit';
import { AwsError } from './errors';
import type { ServiceDefinition } from './service';

// Minimal services defined here so the core's JSON and query protocols are
// checked against the real pinned clients, independent of the real modules.
const received: Record<string, unknown>[] = [];
const monitoring: ServiceDefinition = {
  name: 'cloudwatch', signingName: 'monitoring', protocol: 'json', version: '2010-08-01',
  jsonTarget: 'GraniteServiceVersion20100801', jsonNamespace: 'com.amazonaws.cloudwatch',
  actions: {
    PutMetricData: (ctx) => { received.push(ctx.json); return undefined; },
    ListMetrics: (ctx) => ({ Metrics: [{ Namespace: ctx.json.Namespace, MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }] }] }),
    DescribeAlarms: () => { throw new AwsError('ResourceNotFound', 'no such alarm', 404); },
  },
};
const elb: ServiceDefinition = {
  name: 'elbv2', signingName: 'elasticloadbalancing', protocol: 'query', version: '2015-12-01',
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  actions: {
    DescribeLoadBalancers: (ctx) => {
      const names = ctx.params.list('Names');
      if (names.includes('missing')) throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found', 400);
      return { LoadBalancers: names.map((n) => ({ LoadBalancerName: n, AvailabilityZones: [{ ZoneName: 'us-east-1a', SubnetId: 'subnet-1' }], CreatedTime: new Date(0) })) };
    },
  },
};

let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ port: 0, timeScale: 0.01, services: [monitoring, elb] }); });
afterAll(async () => { await sb.close(); });

describe('core protocols with the real clients', () => {
  it('awsJson1_0 (query-compatible) as the pinned CloudWatch client sends it', async () => {
    const cw = new CloudWatchClient(sdkConfig(sb));
    await cw.send(new PutMetricDataCommand({ Namespace: 'App', MetricData: [{ MetricName: 'Latency', Value: 12, Timestamp: new Date(1_700_000_000_000) }] }));
    expect(received[0]).toEqual({ Namespace: 'App', MetricData: [{ MetricName: 'Latency', Value: 12, Timestamp: 1_700_000_000 }] });
    const m = await cw.send(new ListMetricsCommand({ Namespace: 'AWS/EC2' }));
    expect(m.Metrics?.[0]).toEqual({ Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }] });
    const err = await cw.send(new DescribeAlarmsCommand({})).then(() => undefined, (e: { name: string; $metadata: { httpStatusCode?: number } }) => e);
    expect(err?.name).toBe('ResourceNotFound');
    expect(err?.$metadata.httpStatusCode).toBe(404);
  });

  it('awsQuery with <member> lists, dates and <ErrorResponse> errors', async () => {
    const client = new ElasticLoadBalancingV2Client(sdkConfig(sb));
    const out = await client.send(new DescribeLoadBalancersCommand({ Names: ['a', 'b'] }));
    expect(out.LoadBalancers?.map((l) => l.LoadBalancerName)).toEqual(['a', 'b']);
    expect(out.LoadBalancers?.[0]?.AvailabilityZones).toEqual([{ ZoneName: 'us-east-1a', SubnetId: 'subnet-1' }]);
    expect(out.LoadBalancers?.[0]?.CreatedTime?.getTime()).toBe(0);
    const err = await client.send(new DescribeLoadBalancersCommand({ Names: ['missing'] })).then(() => undefined, (e: { name: string; Code?: string }) => e);
    // The SDK names the exception by its modelled class and keeps the wire code in Code.
    expect(err?.name).toBe('LoadBalancerNotFoundException');
    expect(err?.Code).toBe('LoadBalancerNotFound');
  });
});
