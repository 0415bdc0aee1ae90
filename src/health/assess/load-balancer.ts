/** A load balancer: its own state, and whether any target behind it is healthy. */
import { sourceKey } from '../observation';
import { failed, type Assessor } from './context';

/** Health of a load balancer node. */
export const assessLoadBalancer: Assessor = (node, ctx) => {
  const blind = failed(ctx, sourceKey.loadBalancers(ctx.ref.region));
  if (blind) return blind;
  const lb = ctx.obs.loadBalancers.get(ctx.ref.id);
  if (!lb) return { state: 'down', reason: 'load balancer no longer exists' };
  if (lb.state === 'failed') return { state: 'down', reason: `failed${lb.reason ? `: ${lb.reason}` : ''}` };
  const tgs = ctx.index.outgoing(node.id).filter((e) => e.kind === 'traffic').map((e) => ctx.refs.get(e.target)).filter((r) => r?.kind === 'targetGroup');
  const seen = tgs.map((r) => ctx.obs.targetGroups.get(r!.id));
  const healthy = seen.reduce((n, tg) => n + (tg?.targets.filter((t) => t.state === 'healthy').length ?? 0), 0);
  const allSeen = seen.every((tg) => tg !== undefined);
  const azs = lb.azs.length ? ` across ${lb.azs.join(', ')}` : '';
  const registering = seen.every((tg) => tg?.targets.every((t) => t.state === 'initial' || t.state === 'unused'));
  if (tgs.length > 0 && allSeen && healthy === 0) {
    return registering ? { state: 'degraded', reason: 'targets registering, none healthy yet' } : { state: 'down', reason: 'no healthy target behind any listener' };
  }
  if (lb.state === 'provisioning') return { state: 'degraded', reason: 'provisioning' };
  if (lb.state === 'active_impaired') return { state: 'degraded', reason: `impaired${lb.reason ? `: ${lb.reason}` : ''}` };
  return { state: 'ok', reason: `active${azs}${tgs.length && allSeen ? `, ${healthy} healthy target${healthy === 1 ? '' : 's'}` : ''}` };
};
