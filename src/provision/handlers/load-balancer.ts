/** Load balancer handler: ALB/NLB in its subnets, security groups, cross-zone (NLB), listeners forwarding to target groups. */
import {
  CreateListenerCommand, CreateLoadBalancerCommand, DeleteListenerCommand, DeleteLoadBalancerCommand, DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ModifyListenerCommand, ModifyLoadBalancerAttributesCommand,
  SetSecurityGroupsCommand, SetSubnetsCommand, paginateDescribeLoadBalancers, type Listener, type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsError } from '../errors';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { resourceName, toTagList } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { deleteWithRetry, failedState, ignoreNotFound } from './ec2-util';
import { dimensionOf, inScope, ownedArn, tagsOf } from './elb-util';

interface WantListener { protocol: string; port: number; targetGroup: Ref; certificateArn?: string }

function listenerView(l: Listener) {
  return {
    protocol: l.Protocol ?? null, port: l.Port ?? null,
    targetGroup: l.DefaultActions?.find((a) => a.Type === 'forward')?.TargetGroupArn ?? null,
    ...(l.Certificates?.[0]?.CertificateArn ? { certificateArn: l.Certificates[0].CertificateArn } : {}),
  };
}

async function toActual(ctx: DiscoverContext, lb: LoadBalancer, tags: Parameters<typeof ownedArn>[2]): Promise<ActualResource> {
  const arn = lb.LoadBalancerArn!;
  const listeners = await ctx.clients.elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: arn }));
  const network = lb.Type === 'network';
  const crossZone = network
    ? (await ctx.clients.elbv2.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }))).Attributes?.find((a) => a.Key === 'load_balancing.cross_zone.enabled')?.Value === 'true'
    : undefined;
  const state = lb.State?.Code ?? 'provisioning';
  return {
    kind: 'loadBalancer', id: arn, arn, aliases: [dimensionOf(arn)], ...ownedArn(ctx, arn, tags), vpc: lb.VpcId,
    props: {
      type: lb.Type ?? null, scheme: lb.Scheme ?? null,
      subnets: (lb.AvailabilityZones ?? []).map((z) => z.SubnetId!).filter(Boolean),
      ...(network ? { crossZone: crossZone ?? false } : { securityGroups: [...(lb.SecurityGroups ?? [])] }),
      listeners: (listeners.Listeners ?? []).map(listenerView),
    },
    attrs: { dnsName: lb.DNSName ?? '', ...(state === 'provisioning' ? { pending: state } : {}) },
  };
}

async function waitActive(ctx: OpContext, arn: string): Promise<LoadBalancer> {
  return ctx.poll(`load balancer ${arn} to be active`, async () => {
    const lb = (await ctx.clients.elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }))).LoadBalancers?.[0];
    if (lb?.State?.Code === 'failed') throw failedState(`load balancer ${arn}`, 'failed', lb.State.Reason);
    return lb?.State?.Code === 'active' || lb?.State?.Code === 'active_impaired' ? lb : undefined;
  });
}

async function setCrossZone(ctx: OpContext, arn: string, on: boolean): Promise<void> {
  await ctx.clients.elbv2.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: String(on) }] }));
}

/** Creates, changes and removes listeners (one per port) to match the design. */
async function syncListeners(ctx: OpContext, arn: string, want: DesiredResource, fresh = false): Promise<void> {
  const elb = ctx.clients.elbv2;
  const have = fresh ? [] : (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: arn }))).Listeners ?? [];
  const wanted = want.props.listeners as unknown as readonly WantListener[];
  for (const w of wanted) {
    const tgArn = ctx.resource(w.targetGroup.ref).id;
    const input = {
      Protocol: w.protocol as never, Port: w.port, DefaultActions: [{ Type: 'forward' as const, TargetGroupArn: tgArn }],
      ...(w.certificateArn ? { Certificates: [{ CertificateArn: w.certificateArn }] } : {}),
    };
    const current = have.find((l) => l.Port === w.port);
    if (!current) await elb.send(new CreateListenerCommand({ LoadBalancerArn: arn, ...input }));
    else {
      const v = listenerView(current);
      if (v.protocol !== w.protocol || v.targetGroup !== tgArn || (v.certificateArn ?? undefined) !== w.certificateArn) {
        await elb.send(new ModifyListenerCommand({ ListenerArn: current.ListenerArn!, ...input }));
      }
    }
  }
  for (const l of have) if (!wanted.some((w) => w.port === l.Port)) await elb.send(new DeleteListenerCommand({ ListenerArn: l.ListenerArn! }));
}

const ids = (ctx: OpContext, list: unknown) => ((list ?? []) as readonly Ref[]).map((r) => ctx.resource(r.ref).id);

/** Load balancer handler. */
export const loadBalancerHandler: Handler = {
  kind: 'loadBalancer',
  service: 'elbv2',
  async discover(ctx) {
    const lbs: LoadBalancer[] = [];
    for await (const page of paginateDescribeLoadBalancers({ client: ctx.clients.elbv2 }, {})) lbs.push(...(page.LoadBalancers ?? []));
    const tags = await tagsOf(ctx, lbs.map((l) => l.LoadBalancerArn!));
    const out: ActualResource[] = [];
    for (const lb of lbs) if (inScope(ctx, tags.get(lb.LoadBalancerArn!))) out.push(await toActual(ctx, lb, tags.get(lb.LoadBalancerArn!)));
    return out;
  },
  async create(ctx, want) {
    const network = want.props.type === 'network';
    const groups = network ? [] : ids(ctx, want.props.securityGroups);
    const lb = (await ctx.clients.elbv2.send(new CreateLoadBalancerCommand({
      Name: resourceName(ctx.designId, want.nodeId, 32), Type: String(want.props.type) as never, Scheme: String(want.props.scheme) as never,
      Subnets: ids(ctx, want.props.subnets), ...(groups.length ? { SecurityGroups: groups } : {}), Tags: toTagList(ctx.tags(want)),
    }))).LoadBalancers![0]!;
    const arn = lb.LoadBalancerArn!;
    const ready = await waitActive(ctx, arn);
    if (network && want.props.crossZone === true) await setCrossZone(ctx, arn, true);
    try {
      await syncListeners(ctx, arn, want, true);
    } catch (err) {
      // CreateLoadBalancer is idempotent by name: an earlier attempt's balancer may already have listeners.
      if (!/DuplicateListener/.test(awsError(err).code)) throw err;
      await syncListeners(ctx, arn, want);
    }
    const subnet = ctx.maybeResource(((want.props.subnets as readonly Ref[])[0])?.ref ?? '');
    return {
      kind: 'loadBalancer', nodeId: want.nodeId, region: ctx.region, id: arn, arn, aliases: [dimensionOf(arn)], vpc: subnet?.vpc, name: want.name,
      props: want.props, designId: ctx.designId, attrs: { dnsName: ready.DNSName ?? '' },
    };
  },
  async update(ctx, want, have, changes) {
    const changed = new Set(changes.map((c) => c.property));
    if (changed.has('subnets')) await ctx.clients.elbv2.send(new SetSubnetsCommand({ LoadBalancerArn: have.id, Subnets: ids(ctx, want.props.subnets) }));
    if (changed.has('securityGroups')) await ctx.clients.elbv2.send(new SetSecurityGroupsCommand({ LoadBalancerArn: have.id, SecurityGroups: ids(ctx, want.props.securityGroups) }));
    if (changed.has('crossZone')) await setCrossZone(ctx, have.id, want.props.crossZone === true);
    await waitActive(ctx, have.id);
    if (changed.has('listeners')) await syncListeners(ctx, have.id, want);
  },
  async delete(ctx, have) {
    await deleteWithRetry(ctx, `delete load balancer ${have.id}`, () => ctx.clients.elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: have.id })));
    await ctx.poll(`load balancer ${have.id} to be gone`, async () => {
      const out = await ignoreNotFound(() => ctx.clients.elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [have.id] })));
      return (out?.LoadBalancers ?? []).length === 0 ? true : undefined;
    });
  },
};
