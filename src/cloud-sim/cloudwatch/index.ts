/** The CloudWatch service: awsJson1_0 (query-compatible), signing name `monitoring`; alarms evaluate on reads, fault events and a tick. */
import type { ActionContext, ActionHandler, SandboxCore, ServiceDefinition } from '../core/service';
import { alarmActions } from './alarms';
import { evaluateAll, evaluateRegion } from './evaluate';
import { metricDataActions } from './metric-data';
import { tagActions } from './tags';

/** Evaluates the region's alarms before every call, so reads see current states. */
function evaluated(actions: Record<string, ActionHandler>): Record<string, ActionHandler> {
  return Object.fromEntries(Object.entries(actions).map(([name, h]) => [name, (ctx: ActionContext) => {
    evaluateRegion(ctx.core, ctx.region);
    const out = h(ctx);
    ctx.core.store.dirty();
    return out;
  }]));
}

function startTick(core: SandboxCore): void {
  // Alarm actions must fire even when nobody reads CloudWatch. Period of the
  // tick follows the time scale (a 10 s period is 100 ms at scale 0.01); it
  // stops once the Sandbox closes (close() removes the world's listeners).
  const ms = Math.min(1000, Math.max(50, Math.round(10_000 * core.clock.scale)));
  const timer = setInterval(() => {
    if (core.world.listenerCount('change') === 0) {
      clearInterval(timer);
      return;
    }
    if (core.store.regions('cloudwatch').size === 0) return;
    evaluateAll(core);
    core.store.dirty();
  }, ms);
  timer.unref();
}

/** The CloudWatch service module. */
const cloudwatch: ServiceDefinition = {
  name: 'cloudwatch',
  signingName: 'monitoring',
  protocol: 'json',
  version: '2010-08-01',
  jsonTarget: 'GraniteServiceVersion20100801',
  jsonNamespace: 'com.amazonaws.cloudwatch',
  actions: evaluated({ ...alarmActions, ...metricDataActions, ...tagActions }),
  attach(core) {
    core.world.on('change', () => evaluateAll(core));
    startTick(core);
  },
};

export default cloudwatch;
