/** Topics: CreateTopic (idempotent by name), DeleteTopic, ListTopics, Get/SetTopicAttributes. */
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { xmlList } from '../core/xml';
import { invalidParam, mustTopic, readMap, readTags, snsState, type SnsRegion, type Topic } from './state';

const NAME_RE = /^[A-Za-z0-9_-]{1,256}$/;
const SETTABLE = ['DisplayName', 'Policy', 'DeliveryPolicy', 'KmsMasterKeyId', 'SignatureVersion', 'TracingConfig', 'ContentBasedDeduplication', 'FifoTopic'];

function policy(arn: string, owner: string): string {
  return JSON.stringify({
    Version: '2008-10-17', Id: '__default_policy_ID',
    Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'], Resource: arn, Condition: { StringEquals: { 'AWS:SourceOwner': owner } } }],
  });
}

function create(ctx: ActionContext): unknown {
  const state = snsState(ctx);
  const name = ctx.params.req('Name');
  const attrs = Object.fromEntries(readMap(ctx.params, 'Attributes').map((e) => [e.req('key'), e.str('value') ?? '']));
  const fifo = attrs.FifoTopic === 'true';
  const base = fifo ? name.replace(/\.fifo$/, '') : name;
  if (!NAME_RE.test(base) || (fifo !== name.endsWith('.fifo'))) throw invalidParam('Topic Name: 1-256 letters, digits, hyphens or underscores (FIFO topics end in .fifo and set FifoTopic=true)');
  for (const k of Object.keys(attrs)) if (!SETTABLE.includes(k)) throw invalidParam(`Attributes Reason: Unknown attribute ${k}`);
  const arn = `arn:aws:sns:${ctx.region}:${ctx.accountId}:${name}`;
  const tags = readTags(ctx.params);
  const existing = state.topics[arn];
  if (existing) {
    // AWS: CreateTopic returns the existing topic, unless tags or attributes conflict.
    if (Object.entries(tags).some(([k, v]) => existing.tags[k] !== v)) throw invalidParam('Tags Reason: Topic already exists with different tags');
    if (Object.entries(attrs).some(([k, v]) => (existing.attributes[k] ?? '') !== v)) throw invalidParam('Attributes Reason: Topic already exists with different attributes');
    return { TopicArn: arn };
  }
  state.topics[arn] = {
    arn, name, createdAt: ctx.core.clock.now(), tags,
    attributes: { Policy: policy(arn, ctx.accountId), DisplayName: '', ...(fifo ? { ContentBasedDeduplication: 'false' } : {}), ...attrs },
  };
  return { TopicArn: arn };
}

function remove(ctx: ActionContext): unknown {
  const state = snsState(ctx);
  const arn = ctx.params.req('TopicArn');
  delete state.topics[arn];
  for (const s of Object.values(state.subscriptions)) if (s.topicArn === arn) delete state.subscriptions[s.arn];
  return undefined;
}

function list(ctx: ActionContext): unknown {
  const page = paginate(Object.keys(snsState(ctx).topics), 100, ctx.params.str('NextToken'));
  return { Topics: page.items.map((TopicArn) => ({ TopicArn })), NextToken: page.nextToken };
}

/** All attributes of a topic, computed ones included. */
export function topicAttributes(state: SnsRegion, t: Topic, owner: string): Record<string, string> {
  const subs = Object.values(state.subscriptions).filter((s) => s.topicArn === t.arn).length;
  return {
    ...t.attributes, TopicArn: t.arn, Owner: owner, SubscriptionsConfirmed: String(subs), SubscriptionsPending: '0', SubscriptionsDeleted: '0',
    EffectiveDeliveryPolicy: JSON.stringify({ http: { defaultHealthyRetryPolicy: { minDelayTarget: 20, maxDelayTarget: 20, numRetries: 3 } } }),
  };
}

function getAttributes(ctx: ActionContext): unknown {
  const state = snsState(ctx);
  const t = mustTopic(state, ctx.params.req('TopicArn'));
  return { Attributes: xmlList('entry', Object.entries(topicAttributes(state, t, ctx.accountId)).map(([key, value]) => ({ key, value }))) };
}

function setAttribute(ctx: ActionContext): unknown {
  const t = mustTopic(snsState(ctx), ctx.params.req('TopicArn'));
  const name = ctx.params.req('AttributeName');
  if (!SETTABLE.includes(name) || name === 'FifoTopic') throw invalidParam(`AttributeName Reason: ${name} cannot be set`);
  t.attributes[name] = ctx.params.str('AttributeValue') ?? '';
  return undefined;
}

/** Topic actions. */
export const topicActions = { CreateTopic: create, DeleteTopic: remove, ListTopics: list, GetTopicAttributes: getAttributes, SetTopicAttributes: setAttribute };
