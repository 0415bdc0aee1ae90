/** The SNS service: query protocol, signing name `sns`; published messages are readable at GET /_sandbox/sns/messages. */
import { addControlRoute } from '../control-routes';
import type { ServiceDefinition } from '../core/service';
import { allMessages, publishActions } from './publish';
import { subscriptionActions } from './subscriptions';
import { tagActions } from './tags';
import { topicActions } from './topics';

/** The SNS service module. */
const sns: ServiceDefinition = {
  name: 'sns',
  signingName: 'sns',
  protocol: 'query',
  version: '2010-03-31',
  xmlNamespace: 'http://sns.amazonaws.com/doc/2010-03-31/',
  actions: { ...topicActions, ...subscriptionActions, ...publishActions, ...tagActions },
  attach() {
    addControlRoute('GET /_sandbox/sns/messages', (core) => ({ messages: allMessages(core) }));
  },
};

export default sns;
