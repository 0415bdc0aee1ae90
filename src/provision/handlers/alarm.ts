/** CloudWatch alarm handler: PutMetricAlarm with the provisioned resource's dimension and topic ARNs as actions; DeleteAlarms. */
import { DeleteAlarmsCommand, ListTagsForResourceCommand, PutMetricAlarmCommand, paginateDescribeAlarms, type Dimension } from '@aws-sdk/client-cloudwatch';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { awsError } from '../errors';
import { DESIGN_TAG, HASH_TAG, NODE_TAG, resourceName, toTagList } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { owned } from './ec2-util';

/** Dimension names in the order discovery prefers them when an alarm has several. */
const DIMENSIONS = ['InstanceId', 'AutoScalingGroupName', 'TargetGroup', 'LoadBalancer', 'DBInstanceIdentifier', 'NatGatewayId', 'VpnId', 'TransitGateway'];

/** The dimension that points a metric at a provisioned resource. */
function dimensionFor(ctx: OpContext, nodeId: string): Dimension[] {
  const r = ctx.resource(nodeId);
  const alias = r.aliases?.find((a) => /^(app|net)\/|^targetgroup\//.test(a));
  switch (r.kind) {
    case 'instance': return [{ Name: 'InstanceId', Value: r.id }];
    case 'autoScalingGroup': return [{ Name: 'AutoScalingGroupName', Value: r.id }];
    case 'loadBalancer': return [{ Name: 'LoadBalancer', Value: alias ?? r.id }];
    case 'targetGroup': return [{ Name: 'TargetGroup', Value: alias ?? r.id }];
    case 'database': return [{ Name: 'DBInstanceIdentifier', Value: r.id }];
    case 'natGateway': return [{ Name: 'NatGatewayId', Value: r.id }];
    case 'vpnConnection': return [{ Name: 'VpnId', Value: r.id }];
    case 'transitGateway': return [{ Name: 'TransitGateway', Value: r.id }];
    default: throw new Error(`alarms on a ${r.kind} are not supported: it has no CloudWatch dimension`);
  }
}

/**
 * Ownership is also written into the description: a target without CloudWatch tagging APIs (the Sandbox
 * today) still lets discovery tell which design and node an alarm belongs to.
 */
function describeOwner(designId: string, nodeId: string, hash: string, name: string): string {
  return `HA Architect ${designId}/${nodeId} #${hash}: ${name}`.slice(0, 1024);
}

/** Tags of an alarm, or the ownership read back from its description when the target has no ListTagsForResource. */
async function tagsOf(ctx: DiscoverContext, arn: string, description: string | undefined): Promise<{ Key: string; Value: string }[]> {
  try {
    return ((await ctx.clients.cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
  } catch (err) {
    if (!/UnknownOperation|NotImplemented|InvalidAction/.test(awsError(err).code)) throw err;
    const m = /^HA Architect ([^/\s]+)\/(\S+) #(\w+): (.*)$/s.exec(description ?? '');
    return m ? [{ Key: DESIGN_TAG, Value: m[1]! }, { Key: NODE_TAG, Value: m[2]! }, { Key: HASH_TAG, Value: m[3]! }, { Key: 'Name', Value: m[4]! }] : [];
  }
}

async function put(ctx: OpContext, want: DesiredResource): Promise<string> {
  const p = want.props;
  if (!p.namespace) throw new Error(`alarm ${want.name}: no namespace; set one or point the alarm at a resource`);
  const name = resourceName(ctx.designId, want.nodeId, 255);
  await ctx.clients.cloudwatch.send(new PutMetricAlarmCommand({
    AlarmName: name, AlarmDescription: describeOwner(ctx.designId, want.nodeId, ctx.tags(want)[HASH_TAG]!, want.name), MetricName: String(p.metric), Namespace: String(p.namespace),
    Statistic: String(p.statistic) as never, ComparisonOperator: String(p.comparison) as never, Threshold: Number(p.threshold),
    Period: Number(p.periodSeconds), EvaluationPeriods: Number(p.evaluationPeriods),
    Dimensions: p.resource ? dimensionFor(ctx, (p.resource as Ref).ref) : [],
    AlarmActions: (p.topics as readonly Ref[]).map((t) => ctx.resource(t.ref).id),
    Tags: toTagList(ctx.tags(want)),
  }));
  return name;
}

/** Alarm handler. */
export const alarmHandler: Handler = {
  kind: 'alarm',
  service: 'cloudwatch',
  async discover(ctx: DiscoverContext) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeAlarms({ client: ctx.clients.cloudwatch }, { AlarmTypes: ['MetricAlarm'], ...(ctx.designId !== undefined ? { AlarmNamePrefix: 'ha-' } : {}) })) {
      for (const a of page.MetricAlarms ?? []) {
        const tags = await tagsOf(ctx, a.AlarmArn!, a.AlarmDescription);
        if (ctx.designId !== undefined && !tags.some((t) => t.Key === 'ha-architect:design' && t.Value === ctx.designId)) continue;
        const dim = DIMENSIONS.map((n) => a.Dimensions?.find((d) => d.Name === n)).find(Boolean);
        out.push({
          kind: 'alarm', id: a.AlarmName!, arn: a.AlarmArn, ...owned(ctx, a.AlarmName!, tags),
          props: {
            metric: a.MetricName ?? null, namespace: a.Namespace ?? null, statistic: a.Statistic ?? null, comparison: a.ComparisonOperator ?? null,
            threshold: a.Threshold ?? null, periodSeconds: a.Period ?? null, evaluationPeriods: a.EvaluationPeriods ?? null,
            resource: dim?.Value ?? null, topics: [...(a.AlarmActions ?? [])],
          },
          attrs: { state: a.StateValue ?? '' },
        });
      }
    }
    return out;
  },
  async create(ctx, want) {
    const name = await put(ctx, want);
    return { kind: 'alarm', nodeId: want.nodeId, region: ctx.region, id: name, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, _have, changes) {
    if (changes.some((c) => c.property !== 'Name' && c.property !== 'tags')) await put(ctx, want);
  },
  async delete(ctx, have) {
    await ctx.clients.cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: [have.id] }));
  },
};
