/** Target group handler: CreateTargetGroup (deterministic name), health check, stickiness, registered instance targets. */
import {
  CreateTargetGroupCommand, DeleteTargetGroupCommand, DeregisterTargetsCommand, DescribeTargetGroupAttributesCommand, DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand, ModifyTargetGroupAttributesCommand, ModifyTargetGroupCommand, RegisterTargetsCommand, paginateDescribeTargetGroups,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { resourceName, toTagList } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { deleteWithRetry } from './ec2-util';
import { dimensionOf, inScope, ownedArn, tagsOf } from './elb-util';

interface HealthCheck { protocol: string; path: string | null; port: string; interval: number; timeout: number; healthy: number; unhealthy: number }

function healthInput(hc: HealthCheck | undefined) {
  if (!hc) return {};
  return {
    HealthCheckProtocol: hc.protocol as never, HealthCheckPort: hc.port, ...(hc.path ? { HealthCheckPath: hc.path } : {}),
    HealthCheckIntervalSeconds: hc.interval, HealthCheckTimeoutSeconds: hc.timeout, HealthyThresholdCount: hc.healthy, UnhealthyThresholdCount: hc.unhealthy,
  };
}

async function toActual(ctx: DiscoverContext, tg: TargetGroup, tags: Parameters<typeof ownedArn>[2]): Promise<ActualResource> {
  const arn = tg.TargetGroupArn!;
  const [attrs, health] = await Promise.all([
    ctx.clients.elbv2.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn })),
    ctx.clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn })),
  ]);
  const sticky = attrs.Attributes?.find((a) => a.Key === 'stickiness.enabled')?.Value === 'true';
  const isTcp = tg.HealthCheckProtocol === 'TCP';
  return {
    kind: 'targetGroup', id: arn, arn, aliases: [dimensionOf(arn)], ...ownedArn(ctx, arn, tags), vpc: tg.VpcId,
    props: {
      vpc: tg.VpcId ?? null, protocol: tg.Protocol ?? null, port: tg.Port ?? null,
      healthCheck: {
        protocol: tg.HealthCheckProtocol ?? 'HTTP', path: isTcp ? null : (tg.HealthCheckPath ?? '/'), port: tg.HealthCheckPort ?? 'traffic-port',
        interval: tg.HealthCheckIntervalSeconds ?? 30, timeout: tg.HealthCheckTimeoutSeconds ?? 5,
        healthy: tg.HealthyThresholdCount ?? 5, unhealthy: tg.UnhealthyThresholdCount ?? 2,
      },
      stickiness: sticky,
      targets: (health.TargetHealthDescriptions ?? []).map((d) => d.Target?.Id).filter((x): x is string => !!x),
    },
    attrs: { name: tg.TargetGroupName ?? '', lbArns: (tg.LoadBalancerArns ?? []).join(',') },
  };
}

async function setStickiness(ctx: OpContext, arn: string, want: DesiredResource): Promise<void> {
  const on = want.props.stickiness === true;
  const l4 = ['TCP', 'UDP', 'TLS', 'TCP_UDP'].includes(String(want.props.protocol));
  await ctx.clients.elbv2.send(new ModifyTargetGroupAttributesCommand({
    TargetGroupArn: arn,
    Attributes: [{ Key: 'stickiness.enabled', Value: String(on) }, ...(on ? [{ Key: 'stickiness.type', Value: l4 ? 'source_ip' : 'lb_cookie' }] : [])],
  }));
}

async function syncTargets(ctx: OpContext, arn: string, want: DesiredResource, current: readonly string[]): Promise<void> {
  const wanted = (want.props.targets as readonly Ref[]).map((t) => ctx.resource(t.ref).id);
  const add = wanted.filter((id) => !current.includes(id));
  // Only deregister what this design registered: instances of the design's nodes that left the edges.
  const remove = current.filter((id) => !wanted.includes(id) && ctx.nodeOfPhysical(id) !== undefined);
  if (add.length) await ctx.clients.elbv2.send(new RegisterTargetsCommand({ TargetGroupArn: arn, Targets: add.map((Id) => ({ Id })) }));
  if (remove.length) await ctx.clients.elbv2.send(new DeregisterTargetsCommand({ TargetGroupArn: arn, Targets: remove.map((Id) => ({ Id })) }));
}

/** Target group handler. */
export const targetGroupHandler: Handler = {
  kind: 'targetGroup',
  service: 'elbv2',
  async discover(ctx) {
    const groups: TargetGroup[] = [];
    for await (const page of paginateDescribeTargetGroups({ client: ctx.clients.elbv2 }, {})) groups.push(...(page.TargetGroups ?? []));
    const tags = await tagsOf(ctx, groups.map((g) => g.TargetGroupArn!));
    const out: ActualResource[] = [];
    for (const g of groups) if (inScope(ctx, tags.get(g.TargetGroupArn!))) out.push(await toActual(ctx, g, tags.get(g.TargetGroupArn!)));
    return out;
  },
  async create(ctx, want) {
    const vpc = ctx.resource((want.props.vpc as Ref).ref);
    const tg = (await ctx.clients.elbv2.send(new CreateTargetGroupCommand({
      Name: resourceName(ctx.designId, want.nodeId, 32), Protocol: String(want.props.protocol) as never, Port: Number(want.props.port),
      VpcId: vpc.id, TargetType: 'instance', ...healthInput(want.props.healthCheck as unknown as HealthCheck | undefined),
      Tags: toTagList(ctx.tags(want)),
    }))).TargetGroups![0]!;
    const arn = tg.TargetGroupArn!;
    if (want.props.stickiness === true) await setStickiness(ctx, arn, want);
    await syncTargets(ctx, arn, want, []);
    return { kind: 'targetGroup', nodeId: want.nodeId, region: ctx.region, id: arn, arn, aliases: [dimensionOf(arn)], vpc: vpc.nodeId, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    const changed = new Set(changes.map((c) => c.property));
    if (changed.has('healthCheck') && want.props.healthCheck) {
      await ctx.clients.elbv2.send(new ModifyTargetGroupCommand({ TargetGroupArn: have.id, ...healthInput(want.props.healthCheck as unknown as HealthCheck) }));
    }
    if (changed.has('stickiness')) await setStickiness(ctx, have.id, want);
    if (changed.has('targets')) {
      const health = await ctx.clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: have.id }));
      await syncTargets(ctx, have.id, want, (health.TargetHealthDescriptions ?? []).map((d) => d.Target?.Id).filter((x): x is string => !!x));
    }
  },
  async delete(ctx, have) {
    await deleteWithRetry(ctx, `delete target group ${have.id}`, () => ctx.clients.elbv2.send(new DeleteTargetGroupCommand({ TargetGroupArn: have.id })));
    await ctx.poll(`target group ${have.id} to be gone`, async () => {
      try {
        const out = await ctx.clients.elbv2.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [have.id] }));
        return (out.TargetGroups ?? []).length === 0 ? true : undefined;
      } catch {
        return true;
      }
    });
  },
};
