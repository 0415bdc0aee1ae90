/** A target group: how many of its registered targets pass their health check, and where the others are. */
import { sourceKey, type TargetObs } from '../observation';
import { countBy, failed, type AssessContext, type Assessor } from './context';

const azOf = (t: TargetObs, ctx: AssessContext): string | undefined => t.az ?? ctx.obs.instances.get(t.id)?.az
  ?? [...ctx.obs.asgs.values()].flatMap((g) => g.instances).find((i) => i.id === t.id)?.az;

/** Health of a target group node. */
export const assessTargetGroup: Assessor = (node, ctx) => {
  const blind = failed(ctx, sourceKey.targetGroup(ctx.ref.id));
  if (blind) return blind;
  const tg = ctx.obs.targetGroups.get(ctx.ref.id);
  if (!tg) return { noData: 'target health not read this cycle' };
  const targets = tg.targets.filter((t) => t.state !== 'unused');
  if (targets.length === 0) return { state: 'down', reason: 'no targets registered' };
  const healthy = targets.filter((t) => t.state === 'healthy').length;
  const bad = targets.filter((t) => t.state !== 'healthy');
  const detail = countBy(bad, (t) => {
    const az = azOf(t, ctx);
    return `${t.state === 'unhealthy' || t.state === 'unavailable' ? 'unhealthy' : t.state}${az ? ` in ${az}` : ''}`;
  });
  const required = node.kind === 'targetGroup' ? node.requiredCapacity : undefined;
  if (healthy === 0 && bad.every((t) => t.state === 'initial')) return { state: 'degraded', reason: `${targets.length} target${targets.length === 1 ? '' : 's'} registering, none healthy yet` };
  if (healthy === 0) return { state: 'down', reason: `none of ${targets.length} targets healthy (${detail})` };
  if (bad.length > 0) {
    const need = required !== undefined && healthy < required ? `; ${required} required` : '';
    return { state: 'degraded', reason: `${bad.length} of ${targets.length} targets not healthy: ${detail}${need}` };
  }
  if (required !== undefined && healthy < required) return { state: 'degraded', reason: `${healthy} healthy targets, ${required} required` };
  return { state: 'ok', reason: `${healthy} of ${targets.length} targets healthy` };
};
