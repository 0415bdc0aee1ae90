/** SNS topic tags: TagResource, UntagResource, ListTagsForResource. */
import type { ActionContext } from '../core/service';
import { mustTopic, readTags, snsState } from './state';

/** Tag actions. */
export const tagActions = {
  TagResource: (ctx: ActionContext) => {
    Object.assign(mustTopic(snsState(ctx), ctx.params.req('ResourceArn')).tags, readTags(ctx.params));
    return {};
  },
  UntagResource: (ctx: ActionContext) => {
    const t = mustTopic(snsState(ctx), ctx.params.req('ResourceArn'));
    for (const k of ctx.params.list('TagKeys')) delete t.tags[k];
    return {};
  },
  ListTagsForResource: (ctx: ActionContext) => ({
    Tags: Object.entries(mustTopic(snsState(ctx), ctx.params.req('ResourceArn')).tags).map(([Key, Value]) => ({ Key, Value })),
  }),
};
