/** The Auto Scaling service: query protocol, signing name `autoscaling`; every call first runs the reconciler. */
import type { ActionContext, ActionHandler, SandboxCore, ServiceDefinition } from '../core/service';
import { activityActions } from './activities';
import { groupActions } from './groups';
import { memberActions } from './members';
import { reconcileAll, reconcileRegion } from './reconcile';
import { tagActions } from './tags';

const TICK_MS = 1000;

/** Runs the reconciler before the handler so every read sees the group's current truth. */
function reconciled(actions: Record<string, ActionHandler>): Record<string, ActionHandler> {
  return Object.fromEntries(Object.entries(actions).map(([name, h]) => [name, async (ctx: ActionContext) => {
    await reconcileRegion(ctx.core, ctx.region);
    const out = await h(ctx);
    ctx.core.store.dirty();
    return out;
  }]));
}

function startTick(core: SandboxCore): void {
  // Groups must heal even when nobody calls Auto Scaling (e.g. only ELB health is watched).
  // The tick stops itself once the Sandbox closes (close() removes the world's listeners).
  const timer = setInterval(() => {
    if (core.world.listenerCount('change') === 0) {
      clearInterval(timer);
      return;
    }
    if (core.store.regions('autoscaling').size === 0) return;
    void reconcileAll(core).then(() => core.store.dirty(), () => undefined);
  }, TICK_MS);
  timer.unref();
}

/** The Auto Scaling service module. */
const autoscaling: ServiceDefinition = {
  name: 'autoscaling',
  signingName: 'autoscaling',
  protocol: 'query',
  version: '2011-01-01',
  xmlNamespace: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
  actions: reconciled({ ...groupActions, ...memberActions, ...activityActions, ...tagActions }),
  attach(core) {
    core.world.on('change', () => {
      void reconcileAll(core).then(() => core.store.dirty(), () => undefined);
    });
    startTick(core);
  },
};

export default autoscaling;
