/** RDS tags by ARN: AddTagsToResource, RemoveTagsFromResource, ListTagsForResource (instances and subnet groups). */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { ActionContext } from '../core/service';
import { badParam, mustDb, mustSubnetGroup, rdsList, rdsState, readRdsTags, tagList } from './state';

function resource(ctx: ActionContext): { tags: Tags } {
  const arn = ctx.params.req('ResourceName');
  const parts = arn.split(':');
  if (parts.length !== 7 || parts[0] !== 'arn' || parts[2] !== 'rds') throw badParam(`ResourceName '${arn}' is not an RDS ARN (arn:aws:rds:<region>:<account>:<type>:<name>)`);
  if (parts[3] !== ctx.region) throw badParam(`ResourceName '${arn}' is in region ${parts[3]}, not ${ctx.region}`);
  const state = rdsState(ctx);
  if (parts[5] === 'db') return mustDb(state, parts[6]!);
  if (parts[5] === 'subgrp') return mustSubnetGroup(state, parts[6]!);
  throw new AwsError('InvalidParameterValue', `Tags on '${parts[5]}' resources are not simulated`, 400);
}

/** Tag actions. */
export const tagActions = {
  AddTagsToResource: (ctx: ActionContext) => {
    Object.assign(resource(ctx).tags, readRdsTags(ctx.params));
    return undefined;
  },
  RemoveTagsFromResource: (ctx: ActionContext) => {
    const res = resource(ctx);
    for (const k of rdsList(ctx.params, 'TagKeys', 'member')) delete res.tags[k];
    return undefined;
  },
  ListTagsForResource: (ctx: ActionContext) => ({ TagList: tagList(resource(ctx).tags) }),
};
