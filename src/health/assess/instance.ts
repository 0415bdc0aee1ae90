/** An EC2 instance: its state and status checks. */
import { sourceKey } from '../observation';
import { failed, type Assessor } from './context';

/** Health of an instance node. */
export const assessInstance: Assessor = (_node, ctx) => {
  const blind = failed(ctx, sourceKey.instances(ctx.ref.region));
  if (blind) return blind;
  const i = ctx.obs.instances.get(ctx.ref.id);
  if (!i) return { state: 'down', reason: `instance ${ctx.ref.id} no longer exists` };
  const where = i.az ? ` in ${i.az}` : '';
  switch (i.state) {
    case 'running': {
      if (i.systemStatus === 'impaired') return { state: 'down', reason: `system status check failed${where}` };
      if (i.instanceStatus === 'impaired') return { state: 'down', reason: `instance status check failed${where}` };
      const checks = i.systemStatus === 'initializing' || i.instanceStatus === 'initializing' ? ', status checks initializing' : '';
      return { state: 'ok', reason: `running${where}${checks}` };
    }
    case 'pending': return { state: 'degraded', reason: `starting${where}` };
    case 'stopping': case 'stopped': return { state: 'down', reason: `${i.state}${where}` };
    case 'shutting-down': case 'terminated': return { state: 'down', reason: `${i.state}${where}` };
    default: return { state: 'unknown', reason: `state ${i.state}${where}` };
  }
};
