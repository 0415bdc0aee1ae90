/** An auto scaling group: instances in service and healthy against the desired capacity. */
import { sourceKey } from '../observation';
import { countBy, failed, type Assessor } from './context';

const spread = (azs: readonly (string | undefined)[]): string => {
  const set = [...new Set(azs.filter((a): a is string => !!a))].sort();
  return set.length ? ` in ${set.join(', ')}` : '';
};

/** Health of an auto scaling group node. */
export const assessAutoScalingGroup: Assessor = (_node, ctx) => {
  const blind = failed(ctx, sourceKey.asgs(ctx.ref.region));
  if (blind) return blind;
  const g = ctx.obs.asgs.get(ctx.ref.id);
  if (!g) return { state: 'down', reason: `auto scaling group ${ctx.ref.id} no longer exists` };
  const serving = g.instances.filter((i) => i.lifecycle === 'InService' && i.health === 'Healthy');
  const others = g.instances.filter((i) => !serving.includes(i));
  const rest = others.length ? `; ${countBy(others, (i) => `${i.lifecycle === 'InService' ? 'unhealthy' : i.lifecycle.toLowerCase()}${i.az ? ` in ${i.az}` : ''}`)}` : '';
  if (g.desired === 0) return { state: 'ok', reason: 'scaled to zero' };
  if (serving.length === 0) return { state: 'down', reason: `no instance in service (desired ${g.desired})${rest}` };
  if (serving.length < g.desired) return { state: 'degraded', reason: `${serving.length} of ${g.desired} instances in service${spread(serving.map((i) => i.az))}${rest}` };
  return { state: 'ok', reason: `${serving.length} of ${g.desired} instances in service${spread(serving.map((i) => i.az))}${rest}` };
};
