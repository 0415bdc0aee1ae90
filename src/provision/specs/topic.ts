/** SNS topic with its subscriptions. */
import type { KindSpec } from './spec';

/** Topic spec. */
export const topicSpec: KindSpec<'topic'> = {
  kind: 'topic',
  desired: (n) => ({ props: { subscriptions: n.subscriptions.map((s) => ({ protocol: s.protocol, endpoint: s.endpoint })) } }),
  replaceOn: {},
};
