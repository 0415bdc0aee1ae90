import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SNSClient, CreateTopicCommand, DeleteTopicCommand, ListTopicsCommand, GetTopicAttributesCommand, SetTopicAttributesCommand,
  SubscribeCommand, UnsubscribeCommand, ListSubscriptionsByTopicCommand, PublishCommand, TagResourceCommand, UntagResourceCommand,
  ListTagsForResourceCommand, paginateListTopics,
} from '@aws-sdk/client-sns';
import { startSandbox, type Sandbox } from '../index';
import { control, sdkConfig } from '../testkit';
import { fail } from '../../../bench/sandbox-services-fixture';

let sb: Sandbox;
let sns: SNSClient;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, timeScale: 0.01 });
  sns = new SNSClient(sdkConfig(sb));
});
afterAll(async () => { await sb.close(); });

interface Recorded { topicArn: string; subject?: string; message: string; messageAttributes: Record<string, { type: string; value: string }>; deliveries: { protocol: string; endpoint: string }[] }
const messages = async (): Promise<Recorded[]> => ((await control(sb.endpoint, 'GET', '/_sandbox/sns/messages')).json as { messages: Recorded[] }).messages;

describe('SNS topics', () => {
  it('creates topics idempotently by name with AWS ARNs, attributes and tags', async () => {
    const a = await sns.send(new CreateTopicCommand({ Name: 'alarms', Attributes: { DisplayName: 'Alarms' }, Tags: [{ Key: 'team', Value: 'ops' }] }));
    expect(a.TopicArn).toBe('arn:aws:sns:us-east-1:123456789012:alarms');
    const again = await sns.send(new CreateTopicCommand({ Name: 'alarms' }));
    expect(again.TopicArn).toBe(a.TopicArn);
    expect((await fail(sns.send(new CreateTopicCommand({ Name: 'alarms', Tags: [{ Key: 'team', Value: 'dev' }] })))).name).toBe('InvalidParameterException');
    const attrs = (await sns.send(new GetTopicAttributesCommand({ TopicArn: a.TopicArn }))).Attributes!;
    expect(attrs).toMatchObject({ TopicArn: a.TopicArn, DisplayName: 'Alarms', Owner: '123456789012', SubscriptionsConfirmed: '0' });
    expect(JSON.parse(attrs.Policy!).Statement[0].Resource).toBe(a.TopicArn);
    await sns.send(new SetTopicAttributesCommand({ TopicArn: a.TopicArn, AttributeName: 'DisplayName', AttributeValue: 'Pager' }));
    expect((await sns.send(new GetTopicAttributesCommand({ TopicArn: a.TopicArn }))).Attributes?.DisplayName).toBe('Pager');
    const f = await sns.send(new CreateTopicCommand({ Name: 'orders.fifo', Attributes: { FifoTopic: 'true' } }));
    expect(f.TopicArn).toMatch(/:orders\.fifo$/);
    expect((await fail(sns.send(new CreateTopicCommand({ Name: 'bad name' })))).name).toBe('InvalidParameterException');
    expect((await fail(sns.send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:none' })))).name).toBe('NotFoundException');
  });

  it('lists topics with NextToken paging (100 per page)', async () => {
    for (let i = 0; i < 101; i++) await sns.send(new CreateTopicCommand({ Name: `t${i}` }));
    const first = await sns.send(new ListTopicsCommand({}));
    expect(first.Topics?.length).toBe(100);
    expect(first.NextToken).toBeDefined();
    const all: string[] = [];
    for await (const page of paginateListTopics({ client: sns }, {})) all.push(...page.Topics!.map((t) => t.TopicArn!));
    expect(all.length).toBe(103);
  });

  it('subscribes, lists, publishes (recorded with deliveries and attributes), unsubscribes', async () => {
    const arn = 'arn:aws:sns:us-east-1:123456789012:alarms';
    const s1 = await sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: 'email', Endpoint: 'oncall@example.com' }));
    const s2 = await sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:q' }));
    expect(s1.SubscriptionArn).toMatch(/^arn:aws:sns:us-east-1:123456789012:alarms:[0-9a-f-]{36}$/);
    expect((await fail(sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: 'email', Endpoint: 'not-an-email' })))).name).toBe('InvalidParameterException');
    const subs = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn }));
    expect(subs.Subscriptions?.map((s) => s.Protocol).sort()).toEqual(['email', 'sqs']);
    const p = await sns.send(new PublishCommand({
      TopicArn: arn, Subject: 'ALARM', Message: 'db down', MessageAttributes: { severity: { DataType: 'String', StringValue: 'high' } },
    }));
    expect(p.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const recorded = (await messages()).filter((m) => m.topicArn === arn);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ subject: 'ALARM', message: 'db down', messageAttributes: { severity: { type: 'String', value: 'high' } } });
    expect(recorded[0]!.deliveries.map((d) => d.endpoint).sort()).toEqual(['arn:aws:sqs:us-east-1:123456789012:q', 'oncall@example.com']);
    await sns.send(new UnsubscribeCommand({ SubscriptionArn: s2.SubscriptionArn }));
    expect((await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn }))).Subscriptions?.length).toBe(1);
    expect((await fail(sns.send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:none', Message: 'x' })))).name).toBe('NotFoundException');
  });

  it('tags and untags topics; deleting a topic removes it and its subscriptions', async () => {
    const arn = 'arn:aws:sns:us-east-1:123456789012:alarms';
    await sns.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'env', Value: 'prod' }] }));
    await sns.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['team'] }));
    expect((await sns.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
    await sns.send(new DeleteTopicCommand({ TopicArn: arn }));
    await sns.send(new DeleteTopicCommand({ TopicArn: arn }));
    expect((await fail(sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn })))).name).toBe('NotFoundException');
  });
});
