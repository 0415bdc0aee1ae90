/**
 * Publish: the message is recorded with its deliveries (one per subscription)
 * and readable at GET /_sandbox/sns/messages. Nothing is sent anywhere: the
 * Sandbox never opens connections to subscription endpoints.
 */
import { randomUUID } from 'node:crypto';
import type { ActionContext, SandboxCore } from '../core/service';
import { invalidParam, mustTopic, readMap, snsStateOf, type Message } from './state';

const KEEP = 1000;
const MAX_BYTES = 256 * 1024;

/** Publishes to a topic (shared with CloudWatch alarm actions); returns the message id. */
export function publishMessage(core: SandboxCore, region: string, topicArn: string, message: string, subject?: string, attrs: Message['messageAttributes'] = {}): string {
  const state = snsStateOf(core, region);
  const topic = mustTopic(state, topicArn);
  const msg: Message = {
    messageId: randomUUID(), topicArn: topic.arn, region, subject, message, timestamp: new Date(core.clock.now()).toISOString(), messageAttributes: attrs,
    deliveries: Object.values(state.subscriptions).filter((s) => s.topicArn === topic.arn).map((s) => ({ subscriptionArn: s.arn, protocol: s.protocol, endpoint: s.endpoint })),
  };
  state.messages.push(msg);
  if (state.messages.length > KEEP) state.messages.splice(0, state.messages.length - KEEP);
  core.store.dirty();
  return msg.messageId;
}

function publish(ctx: ActionContext): unknown {
  const p = ctx.params;
  const arn = p.str('TopicArn') ?? p.str('TargetArn');
  if (!arn) throw invalidParam('TopicArn or TargetArn Reason: no value for required parameter');
  if (p.str('PhoneNumber')) throw invalidParam('PhoneNumber Reason: direct SMS is not simulated; publish to a topic');
  const message = p.req('Message');
  if (Buffer.byteLength(message) > MAX_BYTES) throw invalidParam('Message too long');
  const subject = p.str('Subject');
  if (subject !== undefined && (subject.length > 100 || /[\r\n]/.test(subject))) throw invalidParam('Subject Reason: at most 100 printable characters on one line');
  const attrs: Message['messageAttributes'] = {};
  for (const e of readMap(p, 'MessageAttributes')) {
    const v = e.struct('Value');
    attrs[e.req('Name')] = { type: v?.req('DataType') ?? 'String', value: v?.str('StringValue') ?? v?.str('BinaryValue') ?? '' };
  }
  return { MessageId: publishMessage(ctx.core, ctx.region, arn, message, subject, attrs) };
}

/** Every recorded message of every region, oldest first (the /_sandbox/sns/messages view). */
export function allMessages(core: SandboxCore): Message[] {
  return [...core.store.regions<{ messages: Message[] }>('sns').values()].flatMap((s) => s.messages).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** Publish actions. */
export const publishActions = { Publish: publish };
