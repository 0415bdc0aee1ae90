/** Transit gateway handler: the gateway (Amazon-side ASN) and its VPC attachments from link edges; waits; deletes attachments first. */
import {
  CreateTransitGatewayCommand, CreateTransitGatewayVpcAttachmentCommand, DeleteTransitGatewayCommand, DeleteTransitGatewayVpcAttachmentCommand,
  DescribeTransitGatewaysCommand, DescribeTransitGatewayVpcAttachmentsCommand, ModifyTransitGatewayVpcAttachmentCommand,
  paginateDescribeTransitGateways, type TransitGateway, type TransitGatewayVpcAttachment,
} from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { NODE_TAG, tagSpec } from '../tags';
import type { ActualResource, DesiredResource, Ref } from '../types';
import { designFilters, failedState, ignoreNotFound, nodeFilters, owned } from './ec2-util';

const GONE = ['deleted', 'deleting', 'failed', 'rejected'];

async function attachments(ctx: DiscoverContext, tgwId: string): Promise<TransitGatewayVpcAttachment[]> {
  const out = await ctx.clients.ec2.send(new DescribeTransitGatewayVpcAttachmentsCommand({ Filters: [{ Name: 'transit-gateway-id', Values: [tgwId] }] }));
  return (out.TransitGatewayVpcAttachments ?? []).filter((a) => !GONE.includes(a.State ?? ''));
}

async function toActual(ctx: DiscoverContext, t: TransitGateway): Promise<ActualResource> {
  const state = t.State ?? 'pending';
  const atts = await attachments(ctx, t.TransitGatewayId!);
  return {
    kind: 'transitGateway', id: t.TransitGatewayId!, arn: t.TransitGatewayArn, ...owned(ctx, t.TransitGatewayId!, t.Tags),
    props: { amazonSideAsn: t.Options?.AmazonSideAsn ?? null, attachments: atts.map((a) => ({ vpc: a.VpcId ?? '', subnets: [...(a.SubnetIds ?? [])] })) },
    attrs: { state, ...(state === 'pending' || atts.some((a) => a.State !== 'available') ? { pending: state } : {}), ...(state === 'deleting' ? { deleting: state } : {}) },
  };
}

async function waitState(ctx: OpContext, what: string, read: () => Promise<string | undefined>, want: string): Promise<void> {
  await ctx.poll(`${what} to be ${want}`, async () => {
    const s = await read();
    if (want !== 'deleted' && s && ['failed', 'rejected'].includes(s)) throw failedState(what, s);
    return s === want || (want === 'deleted' && (s === undefined || s === 'deleted')) ? true : undefined;
  });
}

const tgwState = (ctx: OpContext, id: string) => async () =>
  (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeTransitGatewaysCommand({ TransitGatewayIds: [id] }))))?.TransitGateways?.[0]?.State;
const attState = (ctx: OpContext, id: string) => async () =>
  (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeTransitGatewayVpcAttachmentsCommand({ TransitGatewayAttachmentIds: [id] }))))?.TransitGatewayVpcAttachments?.[0]?.State;

/** Creates, changes and deletes VPC attachments so they match the design, each waited for. */
async function syncAttachments(ctx: OpContext, tgwId: string, want: DesiredResource): Promise<void> {
  const have = await attachments(ctx, tgwId);
  const wanted = (want.props.attachments as readonly { vpc: Ref; subnets: readonly Ref[] }[]).map((a) => ({
    vpcId: ctx.resource(a.vpc.ref).id, subnets: a.subnets.map((s) => ctx.resource(s.ref).id),
  }));
  await Promise.all(wanted.map(async (w) => {
    const cur = have.find((a) => a.VpcId === w.vpcId);
    if (cur) {
      const add = w.subnets.filter((s) => !(cur.SubnetIds ?? []).includes(s));
      const remove = (cur.SubnetIds ?? []).filter((s) => !w.subnets.includes(s));
      if (add.length || remove.length) await ctx.clients.ec2.send(new ModifyTransitGatewayVpcAttachmentCommand({ TransitGatewayAttachmentId: cur.TransitGatewayAttachmentId!, AddSubnetIds: add, RemoveSubnetIds: remove }));
      await waitState(ctx, `attachment ${cur.TransitGatewayAttachmentId}`, attState(ctx, cur.TransitGatewayAttachmentId!), 'available');
      return;
    }
    const tags = { ...ctx.tags(want), [NODE_TAG]: want.nodeId };
    const att = await ctx.createOnce(`attachment of ${w.vpcId} to ${tgwId}`,
      async () => (await ctx.clients.ec2Once.send(new CreateTransitGatewayVpcAttachmentCommand({
        TransitGatewayId: tgwId, VpcId: w.vpcId, SubnetIds: w.subnets, TagSpecifications: tagSpec('transit-gateway-attachment', tags),
      }))).TransitGatewayVpcAttachment!,
      async () => (await attachments(ctx, tgwId)).find((a) => a.VpcId === w.vpcId));
    await waitState(ctx, `attachment ${att.TransitGatewayAttachmentId}`, attState(ctx, att.TransitGatewayAttachmentId!), 'available');
  }));
  for (const a of have) {
    if (wanted.some((w) => w.vpcId === a.VpcId)) continue;
    await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteTransitGatewayVpcAttachmentCommand({ TransitGatewayAttachmentId: a.TransitGatewayAttachmentId! })));
    await waitState(ctx, `attachment ${a.TransitGatewayAttachmentId}`, attState(ctx, a.TransitGatewayAttachmentId!), 'deleted');
  }
}

/** Transit gateway handler. */
export const transitGatewayHandler: Handler = {
  kind: 'transitGateway',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeTransitGateways({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const t of page.TransitGateways ?? []) if (t.State !== 'deleted') out.push(await toActual(ctx, t));
    }
    return out;
  },
  async create(ctx, want) {
    const tgw = await ctx.createOnce(`transit gateway ${want.name}`,
      async () => (await ctx.clients.ec2Once.send(new CreateTransitGatewayCommand({
        Description: `HA Architect ${want.name}`, Options: { AmazonSideAsn: Number(want.props.amazonSideAsn) },
        TagSpecifications: tagSpec('transit-gateway', ctx.tags(want)),
      }))).TransitGateway!,
      async () => (await ctx.clients.ec2.send(new DescribeTransitGatewaysCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) })))
        .TransitGateways?.find((t) => !GONE.includes(t.State ?? '')));
    await waitState(ctx, `transit gateway ${tgw.TransitGatewayId}`, tgwState(ctx, tgw.TransitGatewayId!), 'available');
    await syncAttachments(ctx, tgw.TransitGatewayId!, want);
    return { kind: 'transitGateway', nodeId: want.nodeId, region: ctx.region, id: tgw.TransitGatewayId!, arn: tgw.TransitGatewayArn, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have) {
    await waitState(ctx, `transit gateway ${have.id}`, tgwState(ctx, have.id), 'available');
    await syncAttachments(ctx, have.id, want);
  },
  async delete(ctx, have) {
    for (const a of await attachments(ctx, have.id)) {
      await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteTransitGatewayVpcAttachmentCommand({ TransitGatewayAttachmentId: a.TransitGatewayAttachmentId! })));
    }
    for (const a of await attachments(ctx, have.id)) await waitState(ctx, `attachment ${a.TransitGatewayAttachmentId}`, attState(ctx, a.TransitGatewayAttachmentId!), 'deleted');
    await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteTransitGatewayCommand({ TransitGatewayId: have.id })));
    await waitState(ctx, `transit gateway ${have.id}`, tgwState(ctx, have.id), 'deleted');
  },
};
