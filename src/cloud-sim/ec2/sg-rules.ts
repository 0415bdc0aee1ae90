/** Security group rules: authorize/revoke ingress and egress, DescribeSecurityGroupRules. */
import { AwsError, badValue } from '../core/errors';
import { applyFilters, readFilters } from '../core/filters';
import { newId } from '../core/ids';
import { paginate } from '../core/paging';
import type { Params } from '../core/params';
import type { ActionContext } from '../core/service';
import { mustGroup } from './security-groups';
import { ec2State } from './state';
import type { SgRule } from './types';

/** Rules grouped back into AWS's IpPermission shape. */
export function renderPermissions(rules: SgRule[], ownerId: string): unknown[] {
  return rules.map((r) => ({
    ipProtocol: r.ipProtocol, fromPort: r.fromPort, toPort: r.toPort,
    groups: r.referencedGroupId ? [{ groupId: r.referencedGroupId, userId: ownerId, description: r.description }] : undefined,
    ipRanges: r.cidrIpv4 ? [{ cidrIp: r.cidrIpv4, description: r.description }] : undefined,
  }));
}

function permissionsToRules(ctx: ActionContext, p: Params, egress: boolean): Omit<SgRule, 'ruleId'>[] {
  const perms = p.structs('IpPermissions');
  const flat = p.str('IpProtocol') ? [p] : [];
  const out: Omit<SgRule, 'ruleId'>[] = [];
  for (const perm of [...perms, ...flat]) {
    const ipProtocol = perm.req('IpProtocol');
    const proto = ipProtocol === 'all' ? '-1' : ipProtocol;
    if (!['-1', 'tcp', 'udp', 'icmp', '6', '17', '1'].includes(proto)) throw badValue('IpProtocol', ipProtocol, 'tcp, udp, icmp or -1');
    const fromPort = proto === '-1' ? undefined : perm.int('FromPort', -1, 65535);
    const toPort = proto === '-1' ? undefined : perm.int('ToPort', -1, 65535);
    const base = { egress, ipProtocol: proto, fromPort, toPort };
    const cidrs = [...perm.structs('IpRanges').map((r) => [r.req('CidrIp'), r.str('Description')] as const), ...(perm.str('CidrIp') ? [[perm.str('CidrIp')!, undefined] as const] : [])];
    const groups = perm.structs('Groups').map((g) => [g.req('GroupId'), g.str('Description')] as const);
    for (const [gid] of groups) mustGroup(ec2State(ctx), gid);
    for (const [cidrIpv4, description] of cidrs) out.push({ ...base, cidrIpv4, description });
    for (const [referencedGroupId, description] of groups) out.push({ ...base, referencedGroupId, description });
    if (cidrs.length === 0 && groups.length === 0) throw new AwsError('MissingParameter', 'Each IpPermission needs IpRanges or Groups (UserIdGroupPairs)', 400);
  }
  if (out.length === 0) throw new AwsError('MissingParameter', 'The request must contain the parameter IpPermissions', 400);
  return out;
}

const same = (a: Omit<SgRule, 'ruleId'>, b: Omit<SgRule, 'ruleId'>): boolean =>
  a.egress === b.egress && a.ipProtocol === b.ipProtocol && a.fromPort === b.fromPort && a.toPort === b.toPort &&
  a.cidrIpv4 === b.cidrIpv4 && a.referencedGroupId === b.referencedGroupId;

function renderRule(r: SgRule, groupId: string, ownerId: string): unknown {
  return {
    securityGroupRuleId: r.ruleId, groupId, groupOwnerId: ownerId, isEgress: r.egress, ipProtocol: r.ipProtocol,
    fromPort: r.fromPort ?? -1, toPort: r.toPort ?? -1, cidrIpv4: r.cidrIpv4, description: r.description,
    referencedGroupInfo: r.referencedGroupId ? { groupId: r.referencedGroupId, userId: ownerId } : undefined,
  };
}

function authorize(egress: boolean) {
  return (ctx: ActionContext): unknown => {
    const g = mustGroup(ec2State(ctx), ctx.params.req('GroupId'));
    const added: SgRule[] = [];
    for (const rule of permissionsToRules(ctx, ctx.params, egress)) {
      if (g.rules.some((r) => same(r, rule))) {
        throw new AwsError('InvalidPermission.Duplicate', `the specified rule "peer: ${rule.cidrIpv4 ?? rule.referencedGroupId}, ${rule.ipProtocol}, from port: ${rule.fromPort}, to port: ${rule.toPort}" already exists`, 400);
      }
      added.push({ ruleId: newId('sgr'), ...rule });
    }
    g.rules.push(...added);
    return { return: true, securityGroupRuleSet: added.map((r) => renderRule(r, g.groupId, ctx.accountId)) };
  };
}

function revoke(egress: boolean) {
  return (ctx: ActionContext): unknown => {
    const g = mustGroup(ec2State(ctx), ctx.params.req('GroupId'));
    const ids = ctx.params.list('SecurityGroupRuleId');
    const victims = ids.length
      ? ids.map((id) => {
        const r = g.rules.find((x) => x.ruleId === id && x.egress === egress);
        if (!r) throw new AwsError('InvalidSecurityGroupRuleId.NotFound', `The security group rule ID '${id}' does not exist`, 400);
        return r;
      })
      : permissionsToRules(ctx, ctx.params, egress).map((want) => {
        const r = g.rules.find((x) => same(x, want));
        if (!r) throw new AwsError('InvalidPermission.NotFound', 'The specified rule does not exist in this security group.', 400);
        return r;
      });
    g.rules = g.rules.filter((r) => !victims.includes(r));
    return { return: true };
  };
}

function describeSecurityGroupRules(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const ids = new Set(ctx.params.list('SecurityGroupRuleId'));
  const all = Object.values(state.securityGroups).flatMap((g) => g.rules.map((r) => ({ r, g, tags: undefined })));
  const picked = ids.size ? all.filter((x) => ids.has(x.r.ruleId)) : all;
  const filtered = applyFilters(picked, readFilters(ctx.params), (x, name) => {
    if (name === 'group-id') return x.g.groupId;
    if (name === 'security-group-rule-id') return x.r.ruleId;
    return undefined;
  });
  const page = paginate(filtered, ctx.params.int('MaxResults', 5, 1000), ctx.params.str('NextToken'));
  return { securityGroupRuleSet: page.items.map((x) => renderRule(x.r, x.g.groupId, ctx.accountId)), nextToken: page.nextToken };
}

/** Rule actions. */
export const sgRuleActions = {
  AuthorizeSecurityGroupIngress: authorize(false), AuthorizeSecurityGroupEgress: authorize(true),
  RevokeSecurityGroupIngress: revoke(false), RevokeSecurityGroupEgress: revoke(true),
  DescribeSecurityGroupRules: describeSecurityGroupRules,
};
