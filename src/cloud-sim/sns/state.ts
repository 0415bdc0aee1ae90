/** The SNS state slice of one region: topics, subscriptions and the messages published (kept for /_sandbox/sns/messages). */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { Params } from '../core/params';
import type { ActionContext, SandboxCore } from '../core/service';

/** A topic. */
export interface Topic { arn: string; name: string; attributes: Record<string, string>; tags: Tags; createdAt: number }

/** A subscription (the Sandbox confirms at once: it never contacts endpoints). */
export interface Subscription { arn: string; topicArn: string; protocol: string; endpoint: string; attributes: Record<string, string> }

/** A published message and who it was delivered to (recorded only; nothing leaves the Sandbox). */
export interface Message {
  messageId: string; topicArn: string; region: string; subject?: string; message: string; timestamp: string;
  messageAttributes: Record<string, { type: string; value: string }>; deliveries: { subscriptionArn: string; protocol: string; endpoint: string }[];
}

/** Everything SNS keeps per region. */
export interface SnsRegion { topics: Record<string, Topic>; subscriptions: Record<string, Subscription>; messages: Message[] }

const empty = (): SnsRegion => ({ topics: {}, subscriptions: {}, messages: [] });

/** The SNS slice of the request's region. */
export function snsState(ctx: ActionContext): SnsRegion {
  return ctx.core.store.region('sns', ctx.region, empty);
}

/** The SNS slice of any region. */
export function snsStateOf(core: SandboxCore, region: string): SnsRegion {
  return core.store.region('sns', region, empty);
}

/** SNS InvalidParameter. */
export const invalidParam = (message: string): AwsError => new AwsError('InvalidParameter', `Invalid parameter: ${message}`, 400);

/** A topic by ARN, or NotFound. */
export function mustTopic(state: SnsRegion, arn: string): Topic {
  const t = Object.hasOwn(state.topics, arn) ? state.topics[arn] : undefined;
  if (!t) throw new AwsError('NotFound', 'Topic does not exist', 404);
  return t;
}

/** A query map (`Attributes.entry.N.key/value`, or `MessageAttributes.entry.N.Name/Value`). */
export function readMap(p: Params, key: string): Params[] {
  return p.struct(key)?.structs('entry') ?? [];
}

/** Tags from `Tags.member.N`. */
export function readTags(p: Params): Tags {
  const tags: Tags = {};
  for (const t of p.structs('Tags')) tags[t.req('Key')] = t.str('Value') ?? '';
  return tags;
}
