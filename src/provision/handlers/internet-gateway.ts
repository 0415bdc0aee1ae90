/** Internet gateway handler: create, attach to its VPC (re-attach on change), detach and delete. */
import { AttachInternetGatewayCommand, CreateInternetGatewayCommand, DeleteInternetGatewayCommand, DescribeInternetGatewaysCommand, DetachInternetGatewayCommand, paginateDescribeInternetGateways } from '@aws-sdk/client-ec2';
import type { Handler } from '../handler';
import { tagSpec } from '../tags';
import type { ActualResource, Ref } from '../types';
import { deleteWithRetry, designFilters, ignoreNotFound, nodeFilters, owned } from './ec2-util';

/** Internet gateway handler. */
export const internetGatewayHandler: Handler = {
  kind: 'internetGateway',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeInternetGateways({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const g of page.InternetGateways ?? []) {
        const vpc = g.Attachments?.find((a) => a.State !== 'detached')?.VpcId;
        out.push({ kind: 'internetGateway', id: g.InternetGatewayId!, ...owned(ctx, g.InternetGatewayId!, g.Tags), vpc, props: { vpc: vpc ?? null } });
      }
    }
    return out;
  },
  async create(ctx, want) {
    const vpc = ctx.resource((want.props.vpc as Ref).ref);
    const igw = await ctx.createOnce(`internet gateway ${want.name}`,
      async () => (await ctx.clients.ec2Once.send(new CreateInternetGatewayCommand({ TagSpecifications: tagSpec('internet-gateway', ctx.tags(want)) }))).InternetGateway!,
      async () => (await ctx.clients.ec2.send(new DescribeInternetGatewaysCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) }))).InternetGateways?.[0]);
    if (!igw.Attachments?.some((a) => a.VpcId === vpc.id)) {
      await ctx.clients.ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId!, VpcId: vpc.id }));
    }
    return { kind: 'internetGateway', nodeId: want.nodeId, region: ctx.region, id: igw.InternetGatewayId!, vpc: vpc.nodeId, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    if (!changes.some((c) => c.property === 'vpc')) return;
    const current = have.props.vpc;
    const oldVpc = typeof current === 'string' ? current : current && typeof current === 'object' && 'ref' in current ? ctx.maybeResource((current as Ref).ref)?.id : undefined;
    if (oldVpc) await ctx.clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: have.id, VpcId: oldVpc }));
    const vpc = ctx.resource((want.props.vpc as Ref).ref);
    await ctx.clients.ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: have.id, VpcId: vpc.id }));
    return { ...have, vpc: vpc.nodeId, props: want.props };
  },
  async delete(ctx, have) {
    const out = await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: [have.id] })));
    for (const a of out?.InternetGateways?.[0]?.Attachments ?? []) {
      if (a.VpcId) await deleteWithRetry(ctx, `detach internet gateway ${have.id}`, () => ctx.clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: have.id, VpcId: a.VpcId })));
    }
    await deleteWithRetry(ctx, `delete internet gateway ${have.id}`, () => ctx.clients.ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: have.id })));
  },
};
