/** STS: GetCallerIdentity for the one Sandbox identity. */
import type { ServiceDefinition } from '../core/service';

/** The STS service module. */
const sts: ServiceDefinition = {
  name: 'sts',
  signingName: 'sts',
  protocol: 'query',
  version: '2011-06-15',
  xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
  actions: {
    GetCallerIdentity: (ctx) => ({
      UserId: 'AIDASANDBOXHAARCH0001',
      Account: ctx.accountId,
      Arn: `arn:aws:iam::${ctx.accountId}:user/sandbox`,
    }),
  },
};

export default sts;
