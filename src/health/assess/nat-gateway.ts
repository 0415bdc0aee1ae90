/** A NAT gateway: its state. */
import { sourceKey } from '../observation';
import { failed, type Assessor } from './context';

/** Health of a NAT gateway node. */
export const assessNatGateway: Assessor = (_node, ctx) => {
  const blind = failed(ctx, sourceKey.nats(ctx.ref.region));
  if (blind) return blind;
  const n = ctx.obs.nats.get(ctx.ref.id);
  if (!n) return { state: 'down', reason: `NAT gateway ${ctx.ref.id} no longer exists` };
  if (n.state === 'available') return { state: 'ok', reason: 'available' };
  if (n.state === 'pending') return { state: 'degraded', reason: 'pending' };
  return { state: 'down', reason: `${n.state}${n.message ? `: ${n.message}` : ''}` };
};
