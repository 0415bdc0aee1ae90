/** SNS topic handler: CreateTopic (deterministic name, idempotent), subscriptions reconciled, DeleteTopic. */
import {
  CreateTopicCommand, DeleteTopicCommand, ListSubscriptionsByTopicCommand, ListTagsForResourceCommand, SubscribeCommand, UnsubscribeCommand,
  paginateListTopics, type Subscription,
} from '@aws-sdk/client-sns';
import type { DiscoverContext, Handler, OpContext } from '../handler';
import { resourceName, toTagList } from '../tags';
import type { ActualResource, DesiredResource } from '../types';
import { ignoreNotFound, owned } from './ec2-util';

async function subscriptions(ctx: DiscoverContext, arn: string): Promise<Subscription[]> {
  const out: Subscription[] = [];
  let NextToken: string | undefined;
  do {
    const page = await ctx.clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn, NextToken }));
    out.push(...(page.Subscriptions ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return out;
}

async function sync(ctx: OpContext, arn: string, want: DesiredResource, have: readonly Subscription[]): Promise<void> {
  const wanted = want.props.subscriptions as readonly { protocol: string; endpoint: string }[];
  const key = (p: string | undefined, e: string | undefined) => `${p}\u0000${e}`;
  const haveKeys = new Set(have.map((s) => key(s.Protocol, s.Endpoint)));
  for (const w of wanted) {
    if (!haveKeys.has(key(w.protocol, w.endpoint))) await ctx.clients.sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: w.protocol, Endpoint: w.endpoint, ReturnSubscriptionArn: true }));
  }
  for (const s of have) {
    // A subscription still pending confirmation has no ARN yet and cannot be removed; it expires by itself.
    if (!wanted.some((w) => key(w.protocol, w.endpoint) === key(s.Protocol, s.Endpoint)) && s.SubscriptionArn?.startsWith('arn:')) {
      await ctx.clients.sns.send(new UnsubscribeCommand({ SubscriptionArn: s.SubscriptionArn }));
    }
  }
}

/** SNS topic handler. */
export const topicHandler: Handler = {
  kind: 'topic',
  service: 'sns',
  async discover(ctx) {
    const out: ActualResource[] = [];
    for await (const page of paginateListTopics({ client: ctx.clients.sns }, {})) {
      for (const t of page.Topics ?? []) {
        const arn = t.TopicArn!;
        const tags = (await ctx.clients.sns.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags ?? [];
        if (ctx.designId !== undefined && !tags.some((x) => x.Key === 'ha-architect:design' && x.Value === ctx.designId)) continue;
        const subs = await subscriptions(ctx, arn);
        out.push({
          kind: 'topic', id: arn, arn, ...owned(ctx, arn, tags),
          props: { subscriptions: subs.map((s) => ({ protocol: s.Protocol ?? '', endpoint: s.Endpoint ?? '' })) },
        });
      }
    }
    return out;
  },
  async create(ctx, want) {
    const out = await ctx.clients.sns.send(new CreateTopicCommand({ Name: resourceName(ctx.designId, want.nodeId, 256), Tags: toTagList(ctx.tags(want)) }));
    const arn = out.TopicArn!;
    await sync(ctx, arn, want, await subscriptions(ctx, arn));
    return { kind: 'topic', nodeId: want.nodeId, region: ctx.region, id: arn, arn, name: want.name, props: want.props, designId: ctx.designId };
  },
  async update(ctx, want, have, changes) {
    if (changes.some((c) => c.property === 'subscriptions')) await sync(ctx, have.id, want, await subscriptions(ctx, have.id));
  },
  async delete(ctx, have) {
    await ignoreNotFound(() => ctx.clients.sns.send(new DeleteTopicCommand({ TopicArn: have.id })));
  },
};
