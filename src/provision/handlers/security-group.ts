/** Security group handler: group + ingress/egress rules (flattened one per source), reconciled by diff. */
import {
  AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, DeleteSecurityGroupCommand,
  DescribeSecurityGroupsCommand, RevokeSecurityGroupEgressCommand, RevokeSecurityGroupIngressCommand, paginateDescribeSecurityGroups,
  type IpPermission, type SecurityGroup,
} from '@aws-sdk/client-ec2';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { isRef, stableJson } from '../props';
import { resourceName, tagSpec } from '../tags';
import type { ActualResource, DesiredResource, PropValue, Ref } from '../types';
import { deleteWithRetry, designFilters, nodeFilters, owned } from './ec2-util';

interface Rule { protocol: string; from: number | null; to: number | null; source: string }

/** Flattens AWS permissions into one rule per source (CIDR or group). */
function flatten(perms: readonly IpPermission[] | undefined): Rule[] {
  const out: Rule[] = [];
  for (const p of perms ?? []) {
    const all = p.IpProtocol === '-1';
    const base = { protocol: p.IpProtocol ?? '-1', from: all ? null : (p.FromPort ?? null), to: all ? null : (p.ToPort ?? null) };
    for (const r of p.IpRanges ?? []) if (r.CidrIp) out.push({ ...base, source: r.CidrIp });
    for (const g of p.UserIdGroupPairs ?? []) if (g.GroupId) out.push({ ...base, source: g.GroupId });
  }
  return out;
}

/** One rule as an AWS permission. */
function permission(r: Rule): IpPermission {
  const ports = r.protocol === '-1' ? {} : { FromPort: r.from ?? -1, ToPort: r.to ?? -1 };
  const source = r.source.startsWith('sg-') ? { UserIdGroupPairs: [{ GroupId: r.source }] } : { IpRanges: [{ CidrIp: r.source }] };
  return { IpProtocol: r.protocol, ...ports, ...source };
}

function toActual(ctx: DiscoverContext, g: SecurityGroup): ActualResource {
  return {
    kind: 'securityGroup', id: g.GroupId!, ...owned(ctx, g.GroupId!, g.Tags), vpc: g.VpcId, arn: g.SecurityGroupArn,
    props: { vpc: g.VpcId ?? null, description: g.Description ?? '', ingress: flatten(g.IpPermissions) as unknown as PropValue, egress: flatten(g.IpPermissionsEgress) as unknown as PropValue },
  };
}

/** Desired rules with group references resolved to physical group ids. */
function physicalRules(ctx: OpContext, want: DesiredResource, key: 'ingress' | 'egress', selfId: string): Rule[] {
  return (want.props[key] as readonly { protocol: string; from: number | null; to: number | null; source: string | Ref }[]).map((r) => ({
    protocol: r.protocol, from: r.from, to: r.to,
    source: isRef(r.source) ? (r.source.ref === want.nodeId ? selfId : ctx.resource(r.source.ref).id) : r.source,
  }));
}

async function reconcile(ctx: OpContext, want: DesiredResource, g: SecurityGroup): Promise<void> {
  const id = g.GroupId!;
  for (const key of ['ingress', 'egress'] as const) {
    const have = flatten(key === 'ingress' ? g.IpPermissions : g.IpPermissionsEgress);
    const wanted = physicalRules(ctx, want, key, id);
    const has = (list: Rule[], r: Rule) => list.some((x) => stableJson(x) === stableJson(r));
    const revoke = have.filter((r) => !has(wanted, r)).map(permission);
    const add = wanted.filter((r) => !has(have, r)).map(permission);
    const ec2 = ctx.clients.ec2;
    const input = (IpPermissions: IpPermission[]) => ({ GroupId: id, IpPermissions });
    if (revoke.length) {
      if (key === 'ingress') await ec2.send(new RevokeSecurityGroupIngressCommand(input(revoke)));
      else await ec2.send(new RevokeSecurityGroupEgressCommand(input(revoke)));
    }
    if (add.length) {
      if (key === 'ingress') await ec2.send(new AuthorizeSecurityGroupIngressCommand(input(add)));
      else await ec2.send(new AuthorizeSecurityGroupEgressCommand(input(add)));
    }
  }
}

async function describe(ctx: OpContext, id: string): Promise<SecurityGroup> {
  const g = (await ctx.clients.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [id] }))).SecurityGroups?.[0];
  if (!g) throw Object.assign(new Error(`security group ${id} not found`), { name: 'InvalidGroup.NotFound' });
  return g;
}

/** Security group handler. */
export const securityGroupHandler: Handler = {
  kind: 'securityGroup',
  service: 'ec2',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateDescribeSecurityGroups({ client: ctx.clients.ec2 }, { Filters: designFilters(ctx.designId) })) {
      for (const g of page.SecurityGroups ?? []) if (g.GroupName !== 'default') out.push(toActual(ctx, g));
    }
    return out;
  },
  async create(ctx, want) {
    const vpc = ctx.resource((want.props.vpc as Ref).ref);
    const created = await ctx.createOnce(`security group ${want.name}`,
      async () => ({ adopted: false, GroupId: (await ctx.clients.ec2Once.send(new CreateSecurityGroupCommand({
        GroupName: resourceName(ctx.designId, want.nodeId, 255), Description: String(want.props.description), VpcId: vpc.id,
        TagSpecifications: tagSpec('security-group', ctx.tags(want)),
      }))).GroupId }),
      async () => {
        const g = (await ctx.clients.ec2.send(new DescribeSecurityGroupsCommand({ Filters: nodeFilters(ctx.designId, want.nodeId) }))).SecurityGroups?.[0];
        return g ? { adopted: true, GroupId: g.GroupId } : undefined;
      });
    // A group made just now has no ingress and AWS's allow-all egress: no need to read it back. An adopted one is read.
    const fresh: SecurityGroup = { GroupId: created.GroupId, IpPermissions: [], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] };
    await reconcile(ctx, want, created.adopted ? await describe(ctx, created.GroupId!) : fresh);
    return { kind: 'securityGroup', nodeId: want.nodeId, region: ctx.region, id: created.GroupId!, vpc: vpc.nodeId, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have) {
    await reconcile(ctx, want, await describe(ctx, have.id));
  },
  async delete(ctx, have) {
    await deleteWithRetry(ctx, `delete security group ${have.id}`, () => ctx.clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: have.id })));
  },
};
