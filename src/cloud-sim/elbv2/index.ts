/** The ELBv2 service (application and network load balancers): query protocol, signing name `elasticloadbalancing`. */
import type { ActionContext, ActionHandler, ServiceDefinition } from '../core/service';
import { isReadOnlyAction } from '../core/service';
import { attributeActions } from './attributes';
import { observeAll, observeRegion } from './health';
import { listenerActions } from './listeners';
import { loadBalancerActions } from './load-balancers';
import { tagActions } from './tags';
import { targetActions } from './targets';
import { targetGroupActions } from './target-groups';

/** Mutations can change what health checks see (a listener starts them, SetSubnets moves nodes): observe before and after. */
function observed(actions: Record<string, ActionHandler>): Record<string, ActionHandler> {
  return Object.fromEntries(Object.entries(actions).map(([name, h]) => [name, isReadOnlyAction(name) ? h : async (ctx: ActionContext) => {
    observeRegion(ctx.core, ctx.region);
    const out = await h(ctx);
    observeRegion(ctx.core, ctx.region);
    return out;
  }]));
}

/** The ELBv2 service module. */
const elbv2: ServiceDefinition = {
  name: 'elbv2',
  signingName: 'elasticloadbalancing',
  protocol: 'query',
  version: '2015-12-01',
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  actions: observed({ ...loadBalancerActions, ...attributeActions, ...targetGroupActions, ...listenerActions, ...targetActions, ...tagActions }),
  attach(core) {
    // A fault changes what health checks see at the moment it happens, so record it then, not at the next read.
    core.world.on('change', () => {
      observeAll(core);
      core.store.dirty();
    });
  },
};

export default elbv2;
