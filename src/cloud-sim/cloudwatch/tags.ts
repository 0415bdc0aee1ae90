/** Alarm tags by ARN: TagResource, UntagResource, ListTagsForResource (ResourceARN). */
import { AwsError } from '../core/errors';
import type { ActionContext } from '../core/service';
import { badValue, cwState, reqStr, strList, type Alarm } from './state';

function alarmOf(ctx: ActionContext): Alarm {
  const arn = reqStr(ctx.json, 'ResourceARN');
  const m = /^arn:aws:cloudwatch:([\w-]+):\d{12}:alarm:(.+)$/.exec(arn);
  if (!m) throw badValue(`ResourceARN '${arn}' is not a CloudWatch alarm ARN (arn:aws:cloudwatch:<region>:<account>:alarm:<name>).`);
  const a = m[1] === ctx.region ? cwState(ctx).alarms[m[2]!] : undefined;
  if (!a) throw new AwsError('ResourceNotFoundException', `Alarm ${arn} does not exist.`, 404);
  return a;
}

/** Tag actions. */
export const tagActions = {
  TagResource: (ctx: ActionContext) => {
    const a = alarmOf(ctx);
    const tags = ctx.json.Tags;
    if (!Array.isArray(tags)) throw badValue('Tags must be a list of {Key, Value}.');
    for (const t of tags as Record<string, unknown>[]) a.tags[reqStr(t, 'Key')] = typeof t.Value === 'string' ? t.Value : '';
    return {};
  },
  UntagResource: (ctx: ActionContext) => {
    const a = alarmOf(ctx);
    for (const k of strList(ctx.json, 'TagKeys')) delete a.tags[k];
    return {};
  },
  ListTagsForResource: (ctx: ActionContext) => ({ Tags: Object.entries(alarmOf(ctx).tags).map(([Key, Value]) => ({ Key, Value })) }),
};
