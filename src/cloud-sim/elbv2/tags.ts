/** ELBv2 tags on load balancers, target groups and listeners: AddTags, RemoveTags, DescribeTags. */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { Params } from '../core/params';
import type { ActionContext } from '../core/service';
import { elbState, validation, type ElbRegion } from './state';

/** Tags from `Tags.member.N.Key/Value` (validated: at most 50, keys non-empty). */
export function readTags(params: Params, key = 'Tags'): Tags {
  const list = params.structs(key);
  if (list.length > 50) throw new AwsError('TooManyTags', `At most 50 tags per resource, got ${list.length}`, 400);
  const tags: Tags = {};
  for (const t of list) tags[t.req('Key')] = t.str('Value') ?? '';
  return tags;
}

/** The wire list of tags. */
export const renderTags = (tags: Tags): { Key: string; Value: string }[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

function taggable(state: ElbRegion, arn: string): { tags: Tags } {
  const res = state.loadBalancers[arn] ?? state.targetGroups[arn] ?? state.listeners[arn];
  if (res) return res;
  if (arn.includes(':targetgroup/')) throw new AwsError('TargetGroupNotFound', `Target group '${arn}' not found`, 400);
  if (arn.includes(':listener/')) throw new AwsError('ListenerNotFound', `Listener '${arn}' not found`, 400);
  if (arn.includes(':loadbalancer/')) throw new AwsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`, 400);
  throw validation(`'${arn}' is not a valid load balancer, target group or listener ARN`);
}

function arns(ctx: ActionContext): string[] {
  const list = ctx.params.list('ResourceArns');
  if (list.length === 0) throw validation('ResourceArns must contain at least one ARN');
  return list;
}

function addTags(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const tags = readTags(ctx.params);
  const targets = arns(ctx).map((a) => taggable(state, a));
  for (const res of targets) {
    if (Object.keys({ ...res.tags, ...tags }).length > 50) throw new AwsError('TooManyTags', 'A resource can have at most 50 tags', 400);
  }
  for (const res of targets) Object.assign(res.tags, tags);
  return {};
}

function removeTags(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const keys = ctx.params.list('TagKeys');
  for (const res of arns(ctx).map((a) => taggable(state, a))) for (const k of keys) delete res.tags[k];
  return {};
}

function describeTags(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  return { TagDescriptions: arns(ctx).map((a) => ({ ResourceArn: a, Tags: renderTags(taggable(state, a).tags) })) };
}

/** Tag actions. */
export const tagActions = { AddTags: addTags, RemoveTags: removeTags, DescribeTags: describeTags };
