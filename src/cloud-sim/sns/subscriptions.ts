/** Subscriptions: Subscribe (validated endpoint per protocol), Unsubscribe, ListSubscriptionsByTopic, ListSubscriptions. */
import { randomUUID } from 'node:crypto';
import { AwsError } from '../core/errors';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { invalidParam, mustTopic, readMap, snsState, type Subscription } from './state';

const ENDPOINT: Record<string, RegExp> = {
  http: /^http:\/\/\S+$/, https: /^https:\/\/\S+$/, email: /^[^@\s]+@[^@\s]+$/, 'email-json': /^[^@\s]+@[^@\s]+$/, sms: /^\+?[0-9]{6,15}$/,
  sqs: /^arn:aws:sqs:[\w-]+:\d{12}:\S+$/, lambda: /^arn:aws:lambda:[\w-]+:\d{12}:function:\S+$/, firehose: /^arn:aws:firehose:\S+$/,
  application: /^arn:aws:sns:[\w-]+:\d{12}:endpoint\/\S+$/,
};

function subscribe(ctx: ActionContext): unknown {
  const state = snsState(ctx);
  const topic = mustTopic(state, ctx.params.req('TopicArn'));
  const protocol = ctx.params.req('Protocol');
  const re = ENDPOINT[protocol];
  if (!re) throw invalidParam(`Protocol Reason: ${protocol} is not one of ${Object.keys(ENDPOINT).join(', ')}`);
  const endpoint = ctx.params.req('Endpoint');
  if (!re.test(endpoint)) throw invalidParam(`Endpoint Reason: '${endpoint}' is not a valid ${protocol} endpoint`);
  const same = Object.values(state.subscriptions).find((s) => s.topicArn === topic.arn && s.protocol === protocol && s.endpoint === endpoint);
  if (same) return { SubscriptionArn: same.arn };
  const sub: Subscription = {
    arn: `${topic.arn}:${randomUUID()}`, topicArn: topic.arn, protocol, endpoint,
    attributes: Object.fromEntries(readMap(ctx.params, 'Attributes').map((e) => [e.req('key'), e.str('value') ?? ''])),
  };
  state.subscriptions[sub.arn] = sub;
  return { SubscriptionArn: sub.arn };
}

function unsubscribe(ctx: ActionContext): unknown {
  const state = snsState(ctx);
  const arn = ctx.params.req('SubscriptionArn');
  if (!state.subscriptions[arn]) throw new AwsError('NotFound', 'Subscription does not exist', 404);
  delete state.subscriptions[arn];
  return undefined;
}

const render = (s: Subscription, owner: string): unknown => ({ SubscriptionArn: s.arn, Owner: owner, Protocol: s.protocol, Endpoint: s.endpoint, TopicArn: s.topicArn });

function listByTopic(ctx: ActionContext): unknown {
  const state = snsState(ctx);
  const topic = mustTopic(state, ctx.params.req('TopicArn'));
  const page = paginate(Object.values(state.subscriptions).filter((s) => s.topicArn === topic.arn), 100, ctx.params.str('NextToken'));
  return { Subscriptions: page.items.map((s) => render(s, ctx.accountId)), NextToken: page.nextToken };
}

function listAll(ctx: ActionContext): unknown {
  const page = paginate(Object.values(snsState(ctx).subscriptions), 100, ctx.params.str('NextToken'));
  return { Subscriptions: page.items.map((s) => render(s, ctx.accountId)), NextToken: page.nextToken };
}

/** Subscription actions. */
export const subscriptionActions = { Subscribe: subscribe, Unsubscribe: unsubscribe, ListSubscriptionsByTopic: listByTopic, ListSubscriptions: listAll };
